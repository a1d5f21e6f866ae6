package guichet.quotes.request.web;

import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import guichet.quotes.request.Asking;
import guichet.quotes.request.QuoteRefused;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequestDesk;
import guichet.quotes.request.QuoteRequests;
import guichet.quotes.request.Reach;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's « Demander un devis » and « Mes demandes de devis »: his own requests only (a reseller's
 * sub-customers' too), a new one with catalogue items, free wishes, a message and an optional appointment.
 */
@Controller
@RequiresPermission(CorePermissions.PORTAL_ACCESS)
class PortalRequestController {

    static final String FORM = "quotes/portal/request-new";
    static final String LIST = "quotes/portal/requests";

    private final QuoteRequestDesk desk;
    private final QuoteRequests requests;
    private final RequestFormPage page;
    private final Reach reach;
    private final CurrentUser currentUser;

    PortalRequestController(
            QuoteRequestDesk desk, QuoteRequests requests, RequestFormPage page, Reach reach, CurrentUser currentUser) {
        this.desk = desk;
        this.requests = requests;
        this.page = page;
        this.reach = reach;
        this.currentUser = currentUser;
    }

    @GetMapping("/quotes/my/requests")
    String list(ListQuery paging, Model model) {
        GuichetUser user = currentUser.require();
        Set<UUID> accounts = Reach.accounts(reach.of(user));
        Page<QuoteRequest> mine = accounts.isEmpty()
                ? Page.empty()
                : requests.findByCustomerIdIn(
                        accounts,
                        paging.pageable(
                                Set.of("number", "createdAt", "status"), Sort.by(Sort.Direction.DESC, "createdAt")));
        model.addAttribute("requests", mine);
        model.addAttribute("links", PageLinks.of("/quotes/my/requests", mine));
        return LIST;
    }

    @GetMapping("/quotes/my/requests/new")
    String form(@ModelAttribute("form") RequestForm form, Model model) {
        page.prepare(form, model);
        return FORM;
    }

    @PostMapping("/quotes/my/requests/new")
    String ask(
            @ModelAttribute("form") RequestForm form,
            BindingResult errors,
            @RequestParam(required = false) String search,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (search != null) {
            page.prepare(form, model);
            return FORM;
        }
        GuichetUser user = currentUser.require();
        CustomerId customer = user.customerId().orElseThrow(() -> new NotFound("Customer"));
        form.setTicket(null);
        Asking asking = page.asking(form, customer, QuoteRequest.Channel.PORTAL, user.id(), errors);
        if (asking != null) {
            desk.problems(asking).forEach(problem -> RequestFormPage.reject(errors, problem));
            if (!errors.hasErrors()) {
                try {
                    QuoteRequest asked = desk.ask(asking);
                    flash.addFlashAttribute("notice", "quotes.request.sent");
                    flash.addFlashAttribute("asked", asked.number());
                    return "redirect:/quotes/my/requests";
                } catch (QuoteRefused refused) {
                    RequestFormPage.reject(errors, refused);
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        page.prepare(form, model);
        return FORM;
    }
}
