package guichet.platform.realms;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is and how Guichet administers it.
 *
 * @param url Keycloak's public URL, as browsers reach it; it prefixes every realm's issuer
 * @param adminRealm the realm Guichet's administrator account lives in
 * @param adminClientId the client Guichet authenticates with for administration
 * @param adminClientSecret that client's secret, for a service account (client credentials); else a password login
 * @param adminUsername the administrator's username, for a password login
 * @param adminPassword the administrator's password
 * @param clientSecretKey the key each realm's portal client secret is derived from
 * @param portalScheme the scheme tenant portals are reached on ({@code https}; {@code http} only in development)
 * @param publicPort the port browsers reach Guichet on; 0 means the port the server listens on
 */
@ConfigurationProperties("guichet.identity.keycloak")
public record KeycloakProperties(
        @Nullable String url,
        @DefaultValue("master") String adminRealm,
        @DefaultValue("admin-cli") String adminClientId,
        @Nullable String adminClientSecret,
        @Nullable String adminUsername,
        @Nullable String adminPassword,
        @Nullable String clientSecretKey,
        @DefaultValue("https") String portalScheme,
        @DefaultValue("0") int publicPort) {

    public boolean isConfigured() {
        return url != null && !url.isBlank();
    }

    /** The issuer of a realm. */
    public String issuer(String realm) {
        return url + "/realms/" + realm;
    }
}
