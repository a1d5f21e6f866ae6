package guichet.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled work once per active tenant, with that tenant bound. One tenant's failure is logged and does not stop
 * the others. Work that two instances must not do at once takes one of {@link #locks()}.
 */
@Component
public class TenantJobs {

    private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

    private final TenantCatalog catalog;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    TenantJobs(TenantCatalog catalog, DataSource dataSource, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("platform.shedlock")
                        .usingDbTime()
                        .build()));
    }

    /** Locks shared by every instance (ShedLock, table {@code platform.shedlock}), named by the work they guard. */
    public LockingTaskExecutor locks() {
        return locks;
    }

    /**
     * The lock of one tenant's share of a job, named {@code job:slug}, for {@link #locks()}: not waited for when held
     * elsewhere, released when the work ends, and expired after {@code atMostFor} should its instance die holding it.
     */
    public LockConfiguration lockOf(String job, TenantProfile tenant, Duration atMostFor) {
        return new LockConfiguration(clock.instant(), job + ":" + tenant.slug(), atMostFor, Duration.ZERO);
    }

    /**
     * Runs {@code job} for each active tenant.
     *
     * @return how many tenants the job completed for
     */
    public int forEachActiveTenant(String jobName, Consumer<TenantProfile> job) {
        int done = 0;
        for (TenantProfile tenant : catalog.all()) {
            if (!tenant.isActive()) {
                continue;
            }
            try {
                TenantContext.run(tenant.id(), () -> job.accept(tenant));
                done++;
            } catch (RuntimeException e) {
                log.error("Job {} failed for tenant {}", jobName, tenant.slug(), e);
            }
        }
        return done;
    }
}
