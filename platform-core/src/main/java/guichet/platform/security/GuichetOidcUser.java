package guichet.platform.security;

import guichet.platform.identity.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A web session's signed-in user: the OIDC identity, the realm it came from, and the Guichet user record it maps to
 * (none for the platform owner). The realm is checked against the host at every request.
 */
class GuichetOidcUser extends DefaultOidcUser {

    // Kept in the shared session store: the same stream form across builds, as long as the fields stay the same.
    private static final long serialVersionUID = 1L;

    private final String realm;
    private final @Nullable UUID userId;
    private final Set<Role> roles;
    private final Instant signedInAt = Instant.now();

    GuichetOidcUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo,
            String realm,
            @Nullable UUID userId,
            Set<Role> roles) {
        super(authorities, idToken, userInfo, "sub");
        this.realm = realm;
        this.userId = userId;
        this.roles = Set.copyOf(roles);
    }

    String realm() {
        return realm;
    }

    @Nullable
    UUID userId() {
        return userId;
    }

    Set<Role> roles() {
        return roles;
    }

    /** When Guichet accepted this sign-in; sessions ended after it refuse it. */
    Instant signedInAt() {
        return signedInAt;
    }
}
