package guichet.customers.directory.web;

import guichet.customers.CustomersModule;
import guichet.customers.consumption.ConsumptionLedger;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.directory.CustomerFile;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One customer's page: who he is, how to reach him, what he bought, his history and the other modules' panels. */
@Controller
@RequiresPermission(CustomersModule.VIEW)
class CustomerPageController {

    static final String VIEW = "customers/customer";

    private final CustomerDirectory directory;
    private final CustomerFile file;

    private final ConsumptionLedger consumption;

    CustomerPageController(CustomerDirectory directory, CustomerFile file, ConsumptionLedger consumption) {
        this.consumption = consumption;
        this.directory = directory;
        this.file = file;
    }

    @GetMapping("/customers/{id}")
    String show(@PathVariable UUID id, ListQuery query, Model model) {
        Customer customer = directory.visible(new CustomerId(id));
        var history = file.history(customer.id(), query.pageable(Set.of(), Sort.by(Sort.Direction.DESC, "occurredAt")));
        model.addAttribute("customer", customer);
        model.addAttribute(
                "salesRepName",
                directory.userName(customer.salesRep().orElse(null)).orElse(null));
        model.addAttribute(
                "reseller",
                customer.reseller().flatMap(r -> directory.optional(r)).orElse(null));
        model.addAttribute(
                "mergedInto",
                customer.mergedInto().flatMap(r -> directory.optional(r)).orElse(null));
        model.addAttribute("purchases", file.purchases(customer.id()));
        model.addAttribute("consumption", consumption.latest(customer.id(), 12));
        model.addAttribute("history", history);
        model.addAttribute("historyLinks", PageLinks.of("/customers/" + id, history));
        model.addAttribute("panels", file.panels(customer, directory.me()));
        return VIEW;
    }
}
