package guichet.platform.security;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;

/**
 * The name a stored session is indexed under, to find one user's sessions: his realm and his subject in it
 * ({@code realm/subject}), since a subject alone is only unique within its realm. A session nobody signed in to has
 * none.
 */
class SessionPrincipals implements IndexResolver<Session> {

    /** The index name of a realm's user. */
    static String nameOf(String realm, String subject) {
        return realm + "/" + subject;
    }

    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
        String name = nameOf(session);
        return name == null ? Map.of() : Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name);
    }

    private static @Nullable String nameOf(Session session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(context instanceof SecurityContext security)) {
            return null;
        }
        Authentication authentication = security.getAuthentication();
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof GuichetOidcUser user) {
            return nameOf(user.realm(), user.getSubject());
        }
        return authentication.getName();
    }
}
