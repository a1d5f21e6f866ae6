package guichet.quotes.web;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import guichet.quotes.QuotesModule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry page of quotes and invoices, in the tenant's currency. */
@Controller
@RequiresPermission(QuotesModule.VIEW)
class QuotesController {

    static final String VIEW = "quotes/index";

    private final CurrentTenant tenant;

    QuotesController(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    @GetMapping("/quotes")
    String index(Model model) {
        model.addAttribute("currency", tenant.profile().currency());
        return VIEW;
    }
}
