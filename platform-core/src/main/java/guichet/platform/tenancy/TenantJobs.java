package guichet.platform.tenancy;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled work once per active tenant, with that tenant bound. One tenant's failure is logged and does not stop
 * the others.
 */
@Component
public class TenantJobs {

    private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

    private final TenantCatalog catalog;

    TenantJobs(TenantCatalog catalog) {
        this.catalog = catalog;
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
