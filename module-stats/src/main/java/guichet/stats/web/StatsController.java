package guichet.stats.web;

import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
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
    private final CustomerAccessPolicy access;
    private final CurrentUser currentUser;

    StatsController(Figures figures, CustomerAccessPolicy access, CurrentUser currentUser) {
        this.figures = figures;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/stats")
    String summary(Model model) {
        model.addAttribute("summary", figures.summary(access.of(currentUser.require())));
        return VIEW;
    }
}
