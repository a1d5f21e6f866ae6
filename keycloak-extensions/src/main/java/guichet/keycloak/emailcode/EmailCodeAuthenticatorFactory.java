package guichet.keycloak.emailcode;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers the e-mailed six-digit code with Keycloak (listed in {@code
 * META-INF/services/org.keycloak.authentication.AuthenticatorFactory}). Put it after the username and password forms of
 * a browser flow: Keycloak then asks for it at each new login session, and not when an SSO cookie is reused.
 */
public final class EmailCodeAuthenticatorFactory implements AuthenticatorFactory {

    /** The id under which flows refer to the authenticator. */
    public static final String PROVIDER_ID = "guichet-email-code";

    // Stateless, and SecureRandom is thread-safe: every login can share one instance.
    private final EmailCodeAuthenticator authenticator =
            new EmailCodeAuthenticator(new EmailCodes(new SecureRandom(), Clock.systemUTC()));

    /** Called by Keycloak's service loader. */
    public EmailCodeAuthenticatorFactory() {
        // Keycloak needs a public no-argument constructor.
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return authenticator;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Guichet e-mailed code";
    }

    @Override
    public String getHelpText() {
        return "Mails a six-digit code, valid five minutes, to the user's address and asks for it back.";
    }

    @Override
    public String getReferenceCategory() {
        // Not a stored credential, so there is no credential type to refer to.
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public void init(Config.Scope config) {
        // No server-wide settings: the realm's SMTP settings and theme are all it needs.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire once the other providers are up.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
