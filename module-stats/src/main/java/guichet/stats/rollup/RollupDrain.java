package guichet.stats.rollup;

import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantJobs;
import guichet.stats.StatsModule;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds every tenant's kept facts into its rollups, every few seconds, one instance per tenant at a time; and
 * exposes each tenant's lag, the age of its oldest fact not yet folded, as the gauge {@code guichet.stats.lag}
 * (seconds, tagged with the tenant's slug), measured after each drain.
 */
@Component
class RollupDrain {

    private static final String JOB = "stats-drain";

    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(5);

    private final TenantJobs jobs;
    private final Rollups rollups;
    private final MeterRegistry meters;
    private final Map<TenantId, AtomicLong> lags = new ConcurrentHashMap<>();

    RollupDrain(TenantJobs jobs, Rollups rollups, MeterRegistry meters) {
        this.jobs = jobs;
        this.rollups = rollups;
        this.meters = meters;
    }

    @Scheduled(
            initialDelayString = "${guichet.stats.drain-delay:20s}",
            fixedDelayString = "${guichet.stats.drain-interval:10s}")
    void everyFewSeconds() {
        jobs.forEachActiveTenant(JOB, tenant -> {
            if (tenant.hasModule(StatsModule.ID)) {
                jobs.locks()
                        .executeWithLock(
                                (Runnable) () -> {
                                    rollups.drain();
                                    lag(tenant.id(), tenant.slug())
                                            .set(rollups.lag().toSeconds());
                                },
                                jobs.lockOf(JOB, tenant, LOCK_AT_MOST_FOR));
            }
        });
    }

    private AtomicLong lag(TenantId tenant, String slug) {
        return lags.computeIfAbsent(tenant, id -> {
            AtomicLong seconds = new AtomicLong();
            Gauge.builder("guichet.stats.lag", seconds, AtomicLong::get)
                    .description("Age of the oldest fact the statistics have not folded yet")
                    .baseUnit("seconds")
                    .tag("tenant", slug)
                    .register(meters);
            return seconds;
        });
    }
}
