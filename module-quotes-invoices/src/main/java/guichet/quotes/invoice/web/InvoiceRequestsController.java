package guichet.quotes.invoice.web;

import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.quotes.QuotesModule;
import guichet.quotes.invoice.InvoiceRequest;
import guichet.quotes.invoice.InvoiceRequests;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's queue of customers' invoice requests, oldest first, each answered in place. */
@Controller
class InvoiceRequestsController {

    static final String PAGE = "quotes/invoices/requests";
    static final String PATH = "/quotes/invoices/requests";

    private final InvoiceRequests requests;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;

    InvoiceRequestsController(InvoiceRequests requests, CustomerAccessPolicy policy, CurrentUser currentUser) {
        this.requests = requests;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @GetMapping(PATH)
    @RequiresPermission(QuotesModule.VIEW)
    String queue(ListQuery paging, Model model) {
        Page<InvoiceRequest> open =
                requests.queue(policy.of(currentUser.require()), paging.pageable(Set.of(), Sort.unsorted()));
        model.addAttribute("requests", open);
        model.addAttribute("links", PageLinks.of(PATH, open));
        return PAGE;
    }

    @PostMapping(PATH + "/{id}/answer")
    @RequiresPermission(QuotesModule.EDIT)
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String answer, RedirectAttributes flash) {
        GuichetUser user = currentUser.require();
        try {
            requests.answer(policy.of(user), id, answer, user.id());
            flash.addFlashAttribute("notice", "invoices.requests.answered");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", "invoices.requests.answerInvalid");
        }
        return "redirect:" + PATH;
    }
}
