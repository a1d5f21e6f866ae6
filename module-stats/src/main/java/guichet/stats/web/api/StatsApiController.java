package guichet.stats.web.api;

import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.stats.StatsModule;
import guichet.stats.summary.Figures;
import guichet.stats.summary.StatsSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's headline figures as JSON. */
@RestController
@RequiresPermission(StatsModule.VIEW)
class StatsApiController {

    private final Figures figures;
    private final CustomerAccessPolicy access;
    private final CurrentUser currentUser;

    StatsApiController(Figures figures, CustomerAccessPolicy access, CurrentUser currentUser) {
        this.figures = figures;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/stats/summary")
    StatsSummary summary() {
        return figures.summary(access.of(currentUser.require()));
    }
}
