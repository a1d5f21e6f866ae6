package guichet.customers.web;

import guichet.customers.CustomersModule;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerNumber;
import guichet.platform.customers.Customers;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The list of the tenant's customers, with a look-up by customer number for the counter. */
@Controller
@RequiresPermission(CustomersModule.VIEW)
class CustomerListController {

    static final String VIEW = "customers/list";
    static final Set<String> SORTABLE = Set.of("number", "lastName", "companyName", "createdAt", "updatedAt");

    private final Customers customers;

    CustomerListController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping("/customers")
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String number, ListQuery query, Model model) {
        Pageable request = query.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        String wanted = number == null ? "" : number.strip();
        Page<Customer> shown;
        if (wanted.isEmpty()) {
            shown = customers.findAll(request);
        } else if (CustomerNumber.isValid(wanted)) {
            List<Customer> match =
                    customers.findByNumber(new CustomerNumber(wanted)).stream().toList();
            shown = new PageImpl<>(match, request, match.size());
        } else {
            model.addAttribute("numberError", "customers.search.number.invalid");
            shown = Page.empty(request);
        }
        String base = UriComponentsBuilder.fromPath("/customers")
                .queryParamIfPresent("number", java.util.Optional.of(wanted).filter(s -> !s.isEmpty()))
                .build()
                .toUriString();
        model.addAttribute("number", wanted);
        model.addAttribute("customers", shown);
        model.addAttribute("links", PageLinks.of(base, shown));
        return VIEW;
    }
}
