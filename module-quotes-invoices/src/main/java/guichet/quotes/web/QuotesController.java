package guichet.quotes.web;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.quotes.QuotesModule;
import guichet.quotes.quote.Quote;
import guichet.quotes.quote.QuoteStatus;
import guichet.quotes.quote.Quotes;
import guichet.quotes.request.Reach;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The module's landing page: the quotes a user reaches (a sales representative his customers' only), paginated,
 * sorted, and filtered by status and customer number, in the tenant's currency.
 */
@Controller
@RequiresPermission(QuotesModule.VIEW)
class QuotesController {

    static final String VIEW = "quotes/index";

    private final Quotes quotes;
    private final Customers customers;
    private final Reach reach;
    private final CurrentUser currentUser;

    QuotesController(Quotes quotes, Customers customers, Reach reach, CurrentUser currentUser) {
        this.quotes = quotes;
        this.customers = customers;
        this.reach = reach;
        this.currentUser = currentUser;
    }

    @GetMapping("/quotes")
    String index(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String customer,
            ListQuery paging,
            Model model) {
        QuoteStatus shown = Arrays.stream(QuoteStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        String typed = customer == null ? "" : customer.strip();
        Optional<Customer> filtered = typed.isEmpty() ? Optional.empty() : customers.findByNumber(typed);
        Page<Quote> page = typed.isEmpty() || filtered.isPresent()
                ? quotes.list(
                        shown,
                        filtered.map(c -> c.id().value()).orElse(null),
                        Reach.rep(reach.of(currentUser.require())),
                        paging.pageable(
                                Set.of("number", "status", "validUntil", "totalGross", "updatedAt"),
                                Sort.by(Sort.Direction.DESC, "updatedAt")))
                : Page.empty();
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/quotes");
        if (shown != null) {
            base.queryParam("status", shown.name());
        }
        if (!typed.isEmpty()) {
            base.queryParam("customer", typed);
        }
        model.addAttribute("quotes", page);
        model.addAttribute("names", names(page));
        model.addAttribute("statuses", QuoteStatus.values());
        model.addAttribute("status", shown == null ? "" : shown.name());
        model.addAttribute("customer", typed);
        model.addAttribute("links", PageLinks.of(base.encode().toUriString(), page));
        model.addAttribute("canEdit", currentUser.can(QuotesModule.EDIT));
        return VIEW;
    }

    private Map<UUID, String> names(Page<Quote> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        return customers
                .findAllById(page.stream().map(q -> q.customer().value()).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(c -> c.id().value(), Customer::displayName, (a, b) -> a));
    }
}
