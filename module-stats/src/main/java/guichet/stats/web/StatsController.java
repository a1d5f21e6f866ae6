package guichet.stats.web;

import guichet.platform.identity.RequiresPermission;
import guichet.stats.StatsModule;
import guichet.stats.summary.Figures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The tenant's headline figures. */
@Controller
@RequiresPermission(StatsModule.VIEW)
class StatsController {

    static final String VIEW = "stats/summary";

    private final Figures figures;

    StatsController(Figures figures) {
        this.figures = figures;
    }

    @GetMapping("/stats")
    String summary(Model model) {
        model.addAttribute("summary", figures.summary());
        return VIEW;
    }
}
