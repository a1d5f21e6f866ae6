package guichet.platform.identity.keycloak;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.SecondFactor;
import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.theming.definition.Theme;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/** Keeps each tenant's realm, and the platform's own, in line with the catalogue. */
@Service
public class TenantRealms {

    /** The realm of the platform owner's accounts, who run the console. */
    public static final String PLATFORM_REALM = "platform";
    /** The client tenant portals and the console sign in through. */
    public static final String PORTAL_CLIENT = "guichet-portal";

    private final RealmProvisioner provisioner;
    private final KeycloakProperties keycloak;
    private final TenancyProperties tenancy;
    private final PortalOrigins origins;
    private final ClientSecrets secrets;
    private final Environment environment;

    TenantRealms(
            RealmProvisioner provisioner,
            KeycloakProperties keycloak,
            TenancyProperties tenancy,
            PortalOrigins origins,
            ClientSecrets secrets,
            Environment environment) {
        this.provisioner = provisioner;
        this.keycloak = keycloak;
        this.tenancy = tenancy;
        this.origins = origins;
        this.secrets = secrets;
        this.environment = environment;
    }

    /**
     * Creates or updates a tenant's realm.
     *
     * @return the realm's issuer, to record in the catalogue
     */
    public String ensure(TenantProfile tenant) {
        IdentitySettings identity = tenant.identity();
        provisioner.ensure(new RealmSpec(
                tenant.slug(),
                tenant.displayName(),
                Theme.loginThemeName(tenant.theme()),
                tenant.defaultLocale(),
                origins.of(tenant),
                PORTAL_CLIENT,
                secrets.forRealm(tenant.slug()),
                Arrays.stream(Role.values()).map(Role::id).toList(),
                identity.secondFactor(),
                identity.selfRegistration(),
                identity.passwordPolicy() == null ? RealmSpec.DEFAULT_PASSWORD_POLICY : identity.passwordPolicy(),
                mail(tenancy.subdomainHost(tenant.id()), tenant.displayName())));
        return keycloak.issuer(tenant.slug());
    }

    /** Creates or updates the platform realm, whose users run the console. */
    public String ensurePlatform() {
        provisioner.ensure(new RealmSpec(
                PLATFORM_REALM,
                "Guichet",
                "guichet-platform",
                Locale.FRENCH,
                origins.console(),
                PORTAL_CLIENT,
                secrets.forRealm(PLATFORM_REALM),
                List.of(Role.PLATFORM_OWNER),
                SecondFactor.NONE,
                false,
                environment.getProperty("guichet.identity.platform-password-policy", RealmSpec.DEFAULT_PASSWORD_POLICY),
                mail(tenancy.baseDomain(), "Guichet")));
        return keycloak.issuer(PLATFORM_REALM);
    }

    /** The issuer tokens of a realm carry. */
    public String issuer(String realm) {
        return keycloak.issuer(realm);
    }

    private RealmSpec.Mail mail(String host, String displayName) {
        return new RealmSpec.Mail(
                environment.getProperty("spring.mail.host", "127.0.0.1"),
                environment.getProperty("spring.mail.port", Integer.class, 25),
                environment.getProperty("guichet.identity.mail-from", "no-reply@" + host),
                displayName,
                environment.getProperty("spring.mail.username"),
                environment.getProperty("spring.mail.password"));
    }
}
