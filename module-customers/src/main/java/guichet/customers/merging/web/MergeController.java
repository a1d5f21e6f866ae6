package guichet.customers.merging.web;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDetails;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.merging.CustomerMerge;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a duplicate into the customer whose page it is: find the duplicate (his likely duplicates are offered
 * first), compare both, confirm.
 */
@Controller
@RequiresPermission(CustomersModule.MERGE)
class MergeController {

    static final String VIEW = "customers/merge";

    private final CustomerDirectory directory;
    private final CustomerMerge merge;

    MergeController(CustomerDirectory directory, CustomerMerge merge) {
        this.directory = directory;
        this.merge = merge;
    }

    @GetMapping("/customers/{id}/merge")
    String choose(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID other,
            Model model) {
        Customer survivor = directory.editable(new CustomerId(id));
        List<Customer> candidates = q == null || q.isBlank()
                ? directory.likelyDuplicates(CustomerDetails.of(survivor), survivor.id())
                : directory.suggest(q, 10).stream()
                        .filter(c -> !c.id().equals(survivor.id()))
                        .toList();
        Customer chosen = other == null || other.equals(id)
                ? null
                : directory
                        .optional(new CustomerId(other))
                        .filter(c -> !c.isMerged())
                        .orElse(null);
        model.addAttribute("survivor", survivor);
        model.addAttribute("candidates", candidates);
        model.addAttribute("chosen", chosen);
        model.addAttribute("q", q == null ? "" : q);
        return VIEW;
    }

    @PostMapping("/customers/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam UUID other, RedirectAttributes flash) {
        if (other.equals(id)) {
            return "redirect:/customers/" + id + "/merge";
        }
        merge.merge(new CustomerId(id), new CustomerId(other));
        flash.addFlashAttribute("notice", "customers.merged");
        return "redirect:/customers/" + id + "#history";
    }
}
