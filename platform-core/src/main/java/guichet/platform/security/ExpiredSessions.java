package guichet.platform.security;

import guichet.platform.tenancy.TenantJobs;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired sessions from the shared store, by one instance at a time (lock {@code sessions-expired} in
 * {@code platform.shedlock}), instead of Spring Session's own clean-up that every instance would run at the same second.
 */
@Component
class ExpiredSessions {

    private final ObjectProvider<SessionStore> store;
    private final TenantJobs jobs;
    private final Clock clock;

    ExpiredSessions(ObjectProvider<SessionStore> store, TenantJobs jobs, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${guichet.sessions.cleanup-interval:5m}",
            initialDelayString = "${guichet.sessions.cleanup-interval:5m}")
    void deleteExpired() {
        // Held at least 30 s, so instances whose clocks differ do not run it back to back; a run within that time is
        // skipped, which is why tests call deleteExpiredNow rather than this.
        jobs.locks()
                .executeWithLock(
                        (Runnable) this::deleteExpiredNow,
                        new LockConfiguration(
                                clock.instant(), "sessions-expired", Duration.ofMinutes(4), Duration.ofSeconds(30)));
    }

    /** Deletes the expired sessions now, whoever else may be doing it. */
    void deleteExpiredNow() {
        store.ifAvailable(SessionStore::cleanUpExpiredSessions);
    }
}
