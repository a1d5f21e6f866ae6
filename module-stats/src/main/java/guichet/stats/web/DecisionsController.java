package guichet.stats.web;

import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import guichet.stats.StatsModule;
import guichet.stats.decisions.DecisionSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Decision support: the causes to attack, the customers at risk and the best customers, each explained. */
@Controller
@RequiresPermission(StatsModule.VIEW)
class DecisionsController {

    private final DecisionSupport decisions;
    private final CustomerAccessPolicy access;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final Clock clock;

    DecisionsController(
            DecisionSupport decisions,
            CustomerAccessPolicy access,
            CurrentUser currentUser,
            CurrentTenant tenant,
            Clock clock) {
        this.decisions = decisions;
        this.access = access;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping("/stats/decisions")
    String decisions(Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(tenant.zoneId()));
        model.addAttribute("decisions", decisions.decide(today, access.of(currentUser.require()), locale));
        model.addAttribute("window", DecisionSupport.WINDOW);
        model.addAttribute("fewest", DecisionSupport.FEWEST);
        model.addAttribute("perGroup", DecisionSupport.PER_GROUP);
        return "stats/decisions";
    }
}
