package guichet.platform.realms;

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
    /** The audience every access token for Guichet's API carries, and the only one the API accepts. */
    public static final String API_AUDIENCE = "guichet-api";

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

    /** Creates or updates a tenant's realm. */
    public void ensure(TenantProfile tenant) {
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
    }

    /** Creates or updates the platform realm, whose users run the console. */
    public void ensurePlatform() {
        provisioner.ensure(new RealmSpec(
                PLATFORM_REALM,
                "Guichet",
                Theme.loginThemeName("platform"),
                Locale.FRENCH,
                origins.console(),
                PORTAL_CLIENT,
                secrets.forRealm(PLATFORM_REALM),
                List.of(Role.PLATFORM_OWNER),
                SecondFactor.NONE,
                false,
                environment.getProperty("guichet.identity.platform-password-policy", RealmSpec.DEFAULT_PASSWORD_POLICY),
                mail(tenancy.baseDomain(), "Guichet")));
    }

    /** The issuer tokens of a realm carry. */
    public String issuer(String realm) {
        return keycloak.issuer(realm);
    }

    /** The issuer of a tenant's realm: the one the catalogue records, else the one this Keycloak gives it. */
    public String issuerOf(TenantProfile tenant) {
        String recorded = tenant.identity().issuer();
        return recorded != null ? recorded : issuer(tenant.slug());
    }

    /** The sender of the tenant's mail, Keycloak's and Guichet's alike. */
    public String mailFrom(TenantProfile tenant) {
        return mailFrom(tenancy.subdomainHost(tenant.id()));
    }

    private String mailFrom(String host) {
        return environment.getProperty("guichet.identity.mail-from", "no-reply@" + host);
    }

    private RealmSpec.Mail mail(String host, String displayName) {
        return new RealmSpec.Mail(
                environment.getProperty("spring.mail.host", "127.0.0.1"),
                environment.getProperty("spring.mail.port", Integer.class, 25),
                mailFrom(host),
                displayName,
                environment.getProperty("spring.mail.username"),
                environment.getProperty("spring.mail.password"),
                environment.getProperty("guichet.identity.mail-tls", "starttls"));
    }
}
