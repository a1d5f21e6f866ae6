package guichet.platform.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session's JDBC store, asked less of on each request (ADR 39): a signed-in page costs one read of its session
 * instead of a read, a write and the same read again.
 *
 * <ul>
 *   <li>The last access is written when it has moved by {@code touchInterval} or more (a minute), not on every
 *       request: a session then expires up to that much earlier than its idle timeout says, and a request that sets
 *       an attribute still writes it at once.
 *   <li>The session saved at the end of a request is the one Spring Session's filter reads again right after, to
 *       decide whether the requested session still exists: that read is answered from the session just saved, within
 *       the same request only ({@link RequestScope} forgets it when the request ends). A session deleted by another
 *       instance meanwhile is still refused on the next request, which reads the store.
 * </ul>
 */
final class SessionStore implements FindByIndexNameSessionRepository<Session> {

    /** The session saved by the request this thread serves, until the request ends (see {@link RequestScope}). */
    private static final ThreadLocal<Session> savedByThisRequest = new ThreadLocal<>();

    private final JdbcIndexedSessionRepository jdbc;
    private final FindByIndexNameSessionRepository<Session> store;
    private final Duration touchInterval;

    /** Over Spring Session's JDBC repository, typed loosely here, since its session class is not public. */
    @SuppressWarnings("unchecked")
    SessionStore(JdbcIndexedSessionRepository jdbc, Duration touchInterval) {
        this.jdbc = jdbc;
        this.store = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
        this.touchInterval = touchInterval;
    }

    /** Deletes the sessions that have expired, from every instance's users (see {@link ExpiredSessions}). */
    void cleanUpExpiredSessions() {
        jdbc.cleanUpExpiredSessions();
    }

    @Override
    public Session createSession() {
        return store.createSession();
    }

    @Override
    public void save(Session session) {
        store.save(session instanceof Sparing sparing ? sparing.stored : session);
        savedByThisRequest.set(session);
    }

    @Override
    public Session findById(String id) {
        Session saved = savedByThisRequest.get();
        if (saved != null && saved.getId().equals(id)) {
            return saved;
        }
        Session stored = store.findById(id);
        return stored == null ? null : new Sparing(stored, touchInterval);
    }

    @Override
    public void deleteById(String id) {
        Session saved = savedByThisRequest.get();
        if (saved != null && saved.getId().equals(id)) {
            savedByThisRequest.remove();
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** Forgets the session saved by a request when the request ends: registered just outside Spring Session's filter. */
    static final class RequestScope implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            try {
                chain.doFilter(request, response);
            } finally {
                savedByThisRequest.remove();
            }
        }
    }

    /** A stored session whose last access moves only when it has moved by the interval or more. */
    private static final class Sparing implements Session {

        private final Session stored;
        private final Duration touchInterval;

        Sparing(Session stored, Duration touchInterval) {
            this.stored = stored;
            this.touchInterval = touchInterval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(touchInterval) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
