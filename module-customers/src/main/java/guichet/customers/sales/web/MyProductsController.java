package guichet.customers.sales.web;

import guichet.customers.directory.CustomerDirectory;
import guichet.customers.directory.CustomerFile;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The customer's own products on the self-service portal: what he bought or ordered, with serial numbers, so that he
 * can open a request about one of them (a reseller also sees those of the customers depending on him).
 */
@Controller
@RequiresPermission(CorePermissions.PORTAL_ACCESS)
class MyProductsController {

    static final String VIEW = "customers/mine";

    private final CustomerDirectory directory;
    private final CustomerFile file;

    MyProductsController(CustomerDirectory directory, CustomerFile file) {
        this.directory = directory;
        this.file = file;
    }

    @GetMapping("/customers/mine")
    String mine(Model model) {
        List<CustomerId> mine = directory.access() instanceof CustomerAccess.Accounts accounts
                ? accounts.customers().stream()
                        .sorted(java.util.Comparator.comparing(CustomerId::toString))
                        .toList()
                : List.of();
        model.addAttribute(
                "owners",
                mine.stream()
                        .flatMap(id -> directory.optional(id).stream())
                        .map(c -> new Owner(c.displayName(), c.number().value(), file.purchases(c.id())))
                        .toList());
        return VIEW;
    }

    /** A customer's products, as the portal lists them. */
    record Owner(String name, String number, List<CustomerFile.Purchase> purchases) {}
}
