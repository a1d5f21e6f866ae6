package guichet.customers.directory.web;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerBands;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.directory.CustomerFilters;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerNumber;
import guichet.platform.filters.SavedFilterPanels;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customer list: search as you type (a plain GET form that htmx submits on each keystroke), filters carried in the
 * query string, and the counter's look-up by customer number (seed 000). Every search goes through the search port.
 */
@Controller
@RequiresPermission(CustomersModule.VIEW)
class CustomerListController {

    static final String VIEW = "customers/list";
    static final Set<String> SORTABLE = Set.of("number", "name", "companyName", "createdAt", "updatedAt");

    private final CustomerDirectory directory;
    private final SavedFilterPanels savedFilters;

    CustomerListController(CustomerDirectory directory, SavedFilterPanels savedFilters) {
        this.directory = directory;
        this.savedFilters = savedFilters;
    }

    @GetMapping("/customers")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable String rep,
            ListQuery query,
            HttpServletRequest request,
            Model model) {
        Pageable page = query.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        CustomerFilters filters =
                CustomerFilters.of(q, stage, kind, segment, rep).within(CustomerBands.of(request::getParameter));
        String wanted = number == null ? "" : number.strip();
        Page<Customer> shown;
        model.addAttribute("tooShort", false);
        if (!wanted.isEmpty()) {
            if (CustomerNumber.isValid(wanted)) {
                List<Customer> match = directory.byNumber(wanted).stream().toList();
                shown = new PageImpl<>(match, page, match.size());
            } else {
                model.addAttribute("numberError", "customers.search.number.invalid");
                shown = Page.empty(page);
            }
        } else {
            shown = directory.find(filters, page);
            if (filters.text() != null && filters.text().length() < CustomerDirectory.MIN_TYPED) {
                model.addAttribute("tooShort", true);
            }
        }
        model.addAttribute("customers", shown);
        model.addAttribute("links", PageLinks.of(base("/customers", filters, wanted), shown));
        model.addAttribute(
                "savedFilters", savedFilters.of(CustomersModule.LIST_KEY, base("/customers", filters, wanted)));
        model.addAttribute("exportLink", base("/customers/export.csv", filters, ""));
        model.addAttribute("number", wanted);
        model.addAttribute("q", filters.text() == null ? "" : filters.text());
        model.addAttribute(
                "stage", filters.stage() == null ? "" : filters.stage().name());
        model.addAttribute("kind", filters.kind() == null ? "" : filters.kind().name());
        model.addAttribute("segment", filters.segment() == null ? "" : filters.segment());
        model.addAttribute(
                "rep", filters.salesRep() == null ? "" : filters.salesRep().toString());
        model.addAttribute("bands", filters.bands());
        model.addAttribute("salesReps", directory.access().salesRep().isPresent() ? List.of() : directory.salesReps());
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"))
                ? VIEW + " :: results"
                : VIEW;
    }

    private static String base(String path, CustomerFilters filters, String number) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("q", Optional.ofNullable(filters.text()))
                .queryParamIfPresent("number", Optional.of(number).filter(n -> !n.isEmpty()))
                .queryParamIfPresent("stage", Optional.ofNullable(filters.stage()))
                .queryParamIfPresent("kind", Optional.ofNullable(filters.kind()))
                .queryParamIfPresent("segment", Optional.ofNullable(filters.segment()))
                .queryParamIfPresent("rep", Optional.ofNullable(filters.salesRep()));
        CustomerBands.PARAMETERS.forEach(name -> link.queryParamIfPresent(
                name, Optional.ofNullable(filters.bands().value(name))));
        return link.encode().build().toUriString();
    }
}
