package guichet.stats.demo;

import guichet.platform.modules.DemoContent;
import guichet.platform.tenancy.TenantProfile;
import guichet.stats.StatsModule;
import guichet.stats.rollup.Rollups;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Counts a demo tenant's statistics once every other module has seeded its data (which they write directly, without
 * recording facts), so that its dashboard shows them at the first visit.
 */
@Component
@Order(95)
class StatsDemo implements DemoContent {

    private final Rollups rollups;

    StatsDemo(Rollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (tenant.hasModule(StatsModule.ID)) {
            rollups.rebuild();
        }
    }
}
