package guichet.platform.tenancy;

import java.util.function.Consumer;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
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

    TenantJobs(TenantCatalog catalog, DataSource dataSource) {
        this.catalog = catalog;
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
