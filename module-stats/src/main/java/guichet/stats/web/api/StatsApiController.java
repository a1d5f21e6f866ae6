package guichet.stats.web.api;

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

    StatsApiController(Figures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/stats/summary")
    StatsSummary summary() {
        return figures.summary();
    }
}
