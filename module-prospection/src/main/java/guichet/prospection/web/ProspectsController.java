package guichet.prospection.web;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.prospection.ProspectionModule;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The prospects still to be won, within the user's customer access: a sales representative sees his own. */
@Controller
@RequiresPermission(ProspectionModule.VIEW)
class ProspectsController {

    static final String VIEW = "prospection/prospects";
    static final Set<String> SORTABLE = Set.of("number", "lastName", "companyName", "createdAt");

    private final Customers customers;
    private final CustomerAccessPolicy access;
    private final CurrentUser currentUser;

    ProspectsController(Customers customers, CustomerAccessPolicy access, CurrentUser currentUser) {
        this.customers = customers;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/prospection")
    @Transactional(readOnly = true)
    String prospects(ListQuery query, Model model) {
        Page<Customer> shown = customers.findByStage(
                Customer.Stage.PROSPECT,
                access.of(currentUser.require()),
                query.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt")));
        model.addAttribute("prospects", shown);
        model.addAttribute("links", PageLinks.of("/prospection", shown));
        return VIEW;
    }
}
