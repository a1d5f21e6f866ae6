package guichet.platform.security;

import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.identity.SignedInUsers;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a successful OIDC sign-in into Guichet's principal: roles from the realm and, on a tenant host, the Guichet user
 * record (created at the first sign-in).
 */
@Component
class GuichetOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final SignedInUsers signedInUsers;

    GuichetOidcUserService(SignedInUsers signedInUsers) {
        this.signedInUsers = signedInUsers;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        List<String> claimed =
                Optional.ofNullable(oidc.getClaimAsStringList("roles")).orElse(List.of());
        String realm = request.getClientRegistration().getRegistrationId();
        if (TenantRealms.PLATFORM_REALM.equals(realm) && TenantContext.isPlatform()) {
            // The console's chain checks the platform owner's role as an authority.
            List<GrantedAuthority> authorities = claimed.stream()
                    .distinct()
                    .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
            return new GuichetOidcUser(authorities, oidc.getIdToken(), oidc.getUserInfo(), realm, null, Set.of());
        }
        Set<Role> roles = Role.allOf(claimed);
        try {
            GuichetUser user = signedInUsers.signIn(new SignedInUsers.Identity(
                    oidc.getSubject(), oidc.getEmail(), oidc.getGivenName(), oidc.getFamilyName(), roles));
            // No authorities: a tenant user's permissions are worked out per request from the database.
            return new GuichetOidcUser(
                    List.of(),
                    oidc.getIdToken(),
                    oidc.getUserInfo(),
                    realm,
                    user.id().value(),
                    user.roles());
        } catch (SignedInUsers.Refused refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.code()), refused.code());
        }
    }
}
