package guichet.quotes.invoice.web;

import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.quotes.QuotesModule;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceDrafts;
import guichet.quotes.invoice.InvoiceReading;
import guichet.quotes.invoice.InvoiceStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's list of invoices and credit notes: filtered by status and customer, sorted, paginated; a new draft for a
 * customer found by number; drafts merged.
 */
@Controller
class InvoiceListController {

    static final String LIST = "quotes/invoices/list";
    static final String PATH = "/quotes/invoices";

    private final InvoiceReading reading;
    private final InvoiceDrafts drafts;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;
    private final Customers customers;

    InvoiceListController(
            InvoiceReading reading,
            InvoiceDrafts drafts,
            CustomerAccessPolicy policy,
            CurrentUser currentUser,
            Customers customers) {
        this.customers = customers;
        this.reading = reading;
        this.drafts = drafts;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @GetMapping(PATH)
    @RequiresPermission(QuotesModule.VIEW)
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable UUID customer,
            ListQuery paging,
            Model model) {
        InvoiceStatus shown = parse(status);
        Page<Invoice> invoices = reading.page(
                policy.of(currentUser.require()),
                shown,
                customer,
                paging.pageable(
                        Set.of("number", "createdAt", "status", "gross", "buyerName"),
                        Sort.by(Sort.Direction.DESC, "createdAt")));
        List<String> query = new ArrayList<>();
        if (shown != null) {
            query.add("status=" + shown.name());
        }
        if (customer != null) {
            query.add("customer=" + customer);
        }
        model.addAttribute("invoices", invoices);
        model.addAttribute(
                "links", PageLinks.of(query.isEmpty() ? PATH : PATH + "?" + String.join("&", query), invoices));
        model.addAttribute("status", shown);
        model.addAttribute("customer", customer);
        model.addAttribute("canEdit", currentUser.require().can(QuotesModule.EDIT));
        model.addAttribute(
                "statuses",
                Arrays.stream(InvoiceStatus.values())
                        .filter(s -> s != InvoiceStatus.MERGED)
                        .toList());
        return LIST;
    }

    @PostMapping(PATH + "/new")
    @RequiresPermission(QuotesModule.EDIT)
    String create(@RequestParam(defaultValue = "") String customer, RedirectAttributes flash) {
        var access = policy.of(currentUser.require());
        var found = customers.findByNumber(customer.strip()).filter(c -> !c.isMerged() && access.allows(c));
        if (found.isEmpty()) {
            flash.addFlashAttribute("problem", "invoices.error.customer");
            flash.addFlashAttribute("typedCustomer", customer);
            return "redirect:" + PATH;
        }
        UUID draft = drafts.draft(found.get().id(), List.of(), "");
        return "redirect:" + PATH + "/" + draft;
    }

    @PostMapping(PATH + "/merge")
    @RequiresPermission(QuotesModule.EDIT)
    String merge(@RequestParam(name = "draft", required = false) @Nullable List<UUID> ids, RedirectAttributes flash) {
        var access = policy.of(currentUser.require());
        List<UUID> chosen = ids == null ? List.of() : ids;
        try {
            // Each must be one the user sees, and a draft of the same customer.
            chosen.forEach(id -> reading.find(access, id));
            Invoice merged = drafts.merge(chosen);
            flash.addFlashAttribute("notice", "invoices.merged");
            return "redirect:" + PATH + "/" + merged.id();
        } catch (IllegalArgumentException | IllegalStateException e) {
            flash.addFlashAttribute("problem", "invoices.error.merge");
            return "redirect:" + PATH + "?status=DRAFT";
        }
    }

    private static @Nullable InvoiceStatus parse(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
