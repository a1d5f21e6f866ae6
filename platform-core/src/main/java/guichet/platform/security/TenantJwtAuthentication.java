package guichet.platform.security;

import guichet.platform.identity.keycloak.TenantRealms;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Validates API tokens against the realm of the tenant the host names: its keys, its issuer, and Guichet's audience.
 * A token from any other realm is invalid here (401), whatever it says.
 */
@Component
class TenantJwtAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

    static final String AUDIENCE = "guichet-api";

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
        TenantProfile profile = tenant.profile();
        String issuer =
                profile.identity().issuer() != null ? profile.identity().issuer() : realms.issuer(profile.slug());
        return managers.computeIfAbsent(issuer, TenantJwtAuthentication::managerFor);
    }

    private static AuthenticationManager managerFor(String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs")
                .build();
        OAuth2TokenValidator<Jwt> audience =
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE));
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TenantJwtAuthentication::roles);
        provider.setJwtAuthenticationConverter(converter);
        return new ProviderManager(provider);
    }

    /** The realm roles the token carries; permissions are worked out per request from the database's user. */
    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }

    /** The realm a token comes from, read from its issuer. */
    static String realmOf(Jwt jwt) {
        String issuer = jwt.getIssuer().toString();
        return issuer.substring(issuer.lastIndexOf('/') + 1);
    }

    static String platformRealm() {
        return TenantRealms.PLATFORM_REALM;
    }
}
