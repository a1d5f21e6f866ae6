package guichet.quotes.request.web;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.tickets.Tickets;
import guichet.quotes.QuotesModule;
import guichet.quotes.request.Asking;
import guichet.quotes.request.QuoteRefused;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequestDesk;
import guichet.quotes.request.Reach;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
 * A member of staff records a quote request for a customer, named by his number, or from a ticket (a repair or an
 * upgrade after a claim): the ticket gives the customer, and only its id and number are kept.
 */
@Controller
@RequiresPermission(QuotesModule.EDIT)
class StaffRequestController {

    static final String FORM = "quotes/request-new";

    private final QuoteRequestDesk desk;
    private final Customers customers;
    private final Tickets tickets;
    private final RequestFormPage page;
    private final Reach reach;
    private final CurrentUser currentUser;

    StaffRequestController(
            QuoteRequestDesk desk,
            Customers customers,
            Tickets tickets,
            RequestFormPage page,
            Reach reach,
            CurrentUser currentUser) {
        this.desk = desk;
        this.customers = customers;
        this.tickets = tickets;
        this.page = page;
        this.reach = reach;
        this.currentUser = currentUser;
    }

    @GetMapping("/quotes/requests/new")
    String form(@ModelAttribute("form") RequestForm form, Model model) {
        if (form.getTicket() != null
                && (form.getCustomer() == null || form.getCustomer().isBlank())) {
            tickets.findByNumber(form.getTicket().strip())
                    .flatMap(t -> t.customer())
                    .flatMap(customers::find)
                    .filter(c -> reach.allows(currentUser.require(), c.id()))
                    .ifPresent(c -> form.setCustomer(c.number().value()));
        }
        page.prepare(form, model);
        return FORM;
    }

    @PostMapping("/quotes/requests/new")
    String ask(
            @ModelAttribute("form") RequestForm form,
            BindingResult errors,
            @RequestParam(required = false) @Nullable String search,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (search != null) {
            page.prepare(form, model);
            return FORM;
        }
        GuichetUser user = currentUser.require();
        Optional<CustomerId> customer = Optional.ofNullable(form.getCustomer())
                .map(String::strip)
                .flatMap(customers::findByNumber)
                .map(Customer::id)
                .filter(id -> reach.allows(user, id));
        if (customer.isEmpty()) {
            errors.rejectValue("customer", "quotes.request.error.customer");
        } else {
            Asking asking = page.asking(form, customer.get(), QuoteRequest.Channel.STAFF, user.id(), errors);
            if (asking != null) {
                desk.problems(asking).forEach(problem -> RequestFormPage.reject(errors, problem));
                if (!errors.hasErrors()) {
                    try {
                        QuoteRequest asked = desk.ask(asking);
                        flash.addFlashAttribute("notice", "quotes.request.recorded");
                        return "redirect:/quotes/requests/" + asked.number();
                    } catch (QuoteRefused refused) {
                        RequestFormPage.reject(errors, refused);
                    }
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        page.prepare(form, model);
        return FORM;
    }
}
