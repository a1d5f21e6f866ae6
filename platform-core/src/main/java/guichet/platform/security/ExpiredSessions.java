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
        store.ifAvailable(sessions -> jobs.locks()
                .executeWithLock(
                        (Runnable) sessions::cleanUpExpiredSessions,
                        new LockConfiguration(
                                clock.instant(), "sessions-expired", Duration.ofMinutes(4), Duration.ofSeconds(30))));
    }
}
