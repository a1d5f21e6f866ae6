package guichet.platform.security;

import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Validates API tokens against the realm of the tenant the host names: its keys, its issuer, and Guichet's audience.
 * A token from any other realm is invalid here (401), whatever it says.
 */
@Component
class TenantJwtAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

    private final CurrentTenant tenant;
    private final TenantRealms realms;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

    TenantJwtAuthentication(CurrentTenant tenant, TenantRealms realms) {
        this.tenant = tenant;
        this.realms = realms;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        TenantContext.require();
        String issuer = realms.issuerOf(tenant.profile());
        return managers.computeIfAbsent(issuer, TenantJwtAuthentication::managerFor);
    }

    private static AuthenticationManager managerFor(String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs")
                .build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(
                "aud", aud -> aud != null && aud.contains(TenantRealms.API_AUDIENCE));
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
        // Authorities stay Spring's defaults: roles and permissions are worked out per request from the database.
        return new ProviderManager(new JwtAuthenticationProvider(decoder));
    }
}
