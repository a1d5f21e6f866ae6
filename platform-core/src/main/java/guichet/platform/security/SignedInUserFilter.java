package guichet.platform.security;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.identity.SignedInUsers;
import guichet.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks at every request that the signed-in user still may be: his session or token belongs to this host's realm,
 * his user record is active, and his sessions were not ended since it was issued. So deactivating a user, or changing
 * his roles, takes effect at his next request. The checked user is what {@link CurrentUser} returns.
 */
class SignedInUserFilter extends OncePerRequestFilter {

    private final SignedInUsers users;

    SignedInUserFilter(SignedInUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (authentication.getPrincipal() instanceof GuichetOidcUser principal) {
            if (!principal.realm().equals(TenantClientRegistrations.currentRealm())) {
                signOut(request, response, "/");
                return;
            }
            if (!TenantContext.isPlatform()) {
                Optional<GuichetUser> user = users.current(
                        principal.userId(), principal.getSubject(), principal.roles(), principal.signedInAt(), false);
                if (user.isEmpty()) {
                    signOut(request, response, "/login?error=" + SignedInUsers.DISABLED);
                    return;
                }
                request.setAttribute(CurrentUser.ATTRIBUTE, user.get());
            }
        } else if (authentication instanceof JwtAuthenticationToken token) {
            Instant issuedAt = token.getToken().getIssuedAt() == null
                    ? Instant.EPOCH
                    : token.getToken().getIssuedAt();
            Optional<GuichetUser> user = users.current(null, token.getName(), roles(token), issuedAt, true);
            if (user.isEmpty()) {
                SecurityContextHolder.clearContext();
                response.setHeader(
                        "WWW-Authenticate",
                        "Bearer error=\"invalid_token\", error_description=\"The user may no longer sign in\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            request.setAttribute(CurrentUser.ATTRIBUTE, user.get());
        }
        chain.doFilter(request, response);
    }

    private static Set<Role> roles(JwtAuthenticationToken token) {
        List<String> claimed = token.getToken().getClaimAsStringList("roles");
        return Role.allOf(claimed == null ? List.of() : claimed);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + target);
        }
    }
}
