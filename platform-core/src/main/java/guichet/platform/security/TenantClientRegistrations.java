package guichet.platform.security;

import guichet.platform.realms.ClientSecrets;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The one client registration a host may use: its tenant's realm on a tenant host, the platform realm on the console.
 * Asking a host for any other registration finds nothing, so a login can never be started or completed against another
 * tenant's realm.
 */
@Component
class TenantClientRegistrations implements ClientRegistrationRepository {

    private final CurrentTenant tenant;
    private final TenantRealms realms;
    private final ClientSecrets secrets;
    private final Map<String, ClientRegistration> cache = new ConcurrentHashMap<>();

    TenantClientRegistrations(CurrentTenant tenant, TenantRealms realms, ClientSecrets secrets) {
        this.tenant = tenant;
        this.realms = realms;
        this.secrets = secrets;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        String realm = currentRealm();
        if (realm == null || !realm.equals(registrationId)) {
            return null;
        }
        String issuer = TenantContext.isPlatform() ? realms.issuer(realm) : realms.issuerOf(tenant.profile());
        String name = TenantContext.isPlatform() ? "Guichet" : tenant.profile().displayName();
        return cache.computeIfAbsent(realm + "|" + issuer + "|" + name, key -> build(realm, issuer, name));
    }

    /** The registration id, which is also the realm, of the current host. */
    static @Nullable String currentRealm() {
        if (TenantContext.isPlatform()) {
            return TenantRealms.PLATFORM_REALM;
        }
        return TenantContext.current().map(id -> id.slug()).orElse(null);
    }

    private ClientRegistration build(String realm, String issuer, String name) {
        String endpoints = issuer + "/protocol/openid-connect";
        return ClientRegistration.withRegistrationId(realm)
                .clientId(TenantRealms.PORTAL_CLIENT)
                .clientSecret(secrets.forRealm(realm))
                .clientName(name)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(endpoints + "/auth")
                .tokenUri(endpoints + "/token")
                .jwkSetUri(endpoints + "/certs")
                .userInfoUri(endpoints + "/userinfo")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
                .build();
    }
}
