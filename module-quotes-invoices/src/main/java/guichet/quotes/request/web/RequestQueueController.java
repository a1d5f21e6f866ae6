package guichet.quotes.request.web;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.SiteId;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import guichet.quotes.QuotesModule;
import guichet.quotes.request.QuoteRefused;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequestDesk;
import guichet.quotes.request.QuoteRequests;
import guichet.quotes.request.Reach;
import guichet.quotes.request.RequestStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's queue of quote requests (a sales representative's customers' only), a request's page, confirming its
 * appointment's slot and closing it.
 */
@Controller
@RequiresPermission(QuotesModule.VIEW)
class RequestQueueController {

    static final String QUEUE = "quotes/requests";
    static final String PAGE = "quotes/request";

    private final QuoteRequests requests;
    private final QuoteRequestDesk desk;
    private final Customers customers;
    private final RequestFormPage page;
    private final Reach reach;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;

    RequestQueueController(
            QuoteRequests requests,
            QuoteRequestDesk desk,
            Customers customers,
            RequestFormPage page,
            Reach reach,
            CurrentUser currentUser,
            CurrentTenant tenant) {
        this.requests = requests;
        this.desk = desk;
        this.customers = customers;
        this.page = page;
        this.reach = reach;
        this.currentUser = currentUser;
        this.tenant = tenant;
    }

    @GetMapping("/quotes/requests")
    String queue(@RequestParam(defaultValue = "open") String show, ListQuery paging, Model model) {
        String shown = "done".equals(show) ? "done" : "open";
        Set<RequestStatus> statuses = "done".equals(shown)
                ? EnumSet.of(RequestStatus.QUOTED, RequestStatus.CLOSED)
                : EnumSet.of(RequestStatus.NEW, RequestStatus.SCHEDULED);
        CustomerAccess access = reach.of(currentUser.require());
        Page<QuoteRequest> queue = requests.queue(
                statuses,
                Reach.rep(access),
                paging.pageable(Set.of("number", "createdAt", "status", "slotAt"), Sort.by("createdAt")));
        model.addAttribute("requests", queue);
        model.addAttribute("names", names(queue));
        model.addAttribute("show", shown);
        model.addAttribute("canEdit", currentUser.can(QuotesModule.EDIT));
        model.addAttribute(
                "links", PageLinks.of("open".equals(shown) ? "/quotes/requests" : "/quotes/requests?show=done", queue));
        return QUEUE;
    }

    @GetMapping("/quotes/requests/{number}")
    String show(@PathVariable String number, Model model) {
        QuoteRequest request = readable(number, currentUser.require());
        model.addAttribute("request", request);
        model.addAttribute("items", request.items());
        model.addAttribute("customer", customers.find(request.customer()).orElseThrow());
        model.addAttribute("siteName", page.siteName(request.site().orElse(null)));
        model.addAttribute("canEdit", currentUser.can(QuotesModule.EDIT));
        page.prepare(new RequestForm(), model);
        return PAGE;
    }

    @PostMapping("/quotes/requests/{number}/confirm")
    @RequiresPermission(QuotesModule.EDIT)
    String confirm(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String slot,
            @RequestParam(required = false) @Nullable UUID site,
            RedirectAttributes flash) {
        GuichetUser user = currentUser.require();
        QuoteRequest request = readable(number, user);
        try {
            Instant at = LocalDateTime.parse(slot == null ? "" : slot)
                    .atZone(tenant.zoneId())
                    .toInstant();
            desk.confirm(request.id(), at, site == null ? null : new SiteId(site), user.id());
            flash.addFlashAttribute("notice", "quotes.request.confirmed");
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problem", "quotes.request.error.wishedAt");
        } catch (QuoteRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/quotes/requests/" + request.number();
    }

    @PostMapping("/quotes/requests/{number}/close")
    @RequiresPermission(QuotesModule.EDIT)
    String close(@PathVariable String number, RedirectAttributes flash) {
        QuoteRequest request = readable(number, currentUser.require());
        desk.close(request.id());
        flash.addFlashAttribute("notice", "quotes.request.closed");
        return "redirect:/quotes/requests/" + request.number();
    }

    private QuoteRequest readable(String number, GuichetUser user) {
        return requests.findByNumber(number)
                .filter(request -> reach.allows(user, request.customer()))
                .orElseThrow(() -> new NotFound("Quote request"));
    }

    private Map<UUID, String> names(Page<QuoteRequest> page) {
        return customers
                .findAllById(page.stream().map(r -> r.customer().value()).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(c -> c.id().value(), Customer::displayName, (a, b) -> a));
    }
}
