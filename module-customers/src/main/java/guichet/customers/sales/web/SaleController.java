package guichet.customers.sales.web;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.sales.ProductChoices;
import guichet.customers.sales.SaleRegistration;
import guichet.customers.sales.SaleRejected;
import guichet.platform.catalog.SellableItem;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.SaleId;
import guichet.platform.modules.Refusal;
import guichet.platform.sales.Sale;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seller's page (seed 004): pick or open the customer's account, pick the product from the third letter typed
 * (choices offered once fewer than ten match), type the serial number and the date. Searching re-renders the same page:
 * htmx swaps only the choices, and without JavaScript the « search » button posts the whole form back, kept as typed.
 * A module that refuses the sale (no stock left) has its reason shown above the form, still kept as typed.
 */
@Controller
@RequiresPermission(CustomersModule.SELL)
class SaleController {

    static final String VIEW = "customers/sale";

    private final SaleRegistration registration;
    private final CustomerDirectory directory;

    SaleController(SaleRegistration registration, CustomerDirectory directory) {
        this.registration = registration;
        this.directory = directory;
    }

    @GetMapping("/customers/sales/new")
    String newSale(@ModelAttribute("form") SaleForm form, HttpServletRequest request, Model model) {
        if (form.getSoldOn() == null || form.getSoldOn().isBlank()) {
            form.setSoldOn(registration.today().toString());
        }
        form.setPassword(null);
        page(form, model);
        String fragment = request.getHeader("HX-Target");
        if ("true".equals(request.getHeader("HX-Request")) && fragment != null) {
            return switch (fragment) {
                case "product-choices" -> VIEW + " :: productChoices";
                case "customer-choices" -> VIEW + " :: customerChoices";
                default -> VIEW;
            };
        }
        return VIEW;
    }

    @PostMapping("/customers/sales")
    String register(
            @ModelAttribute("form") SaleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String intent,
            Model model,
            RedirectAttributes flash) {
        if (!"save".equals(intent)) {
            return page(form, model);
        }
        if (form.soldOnUnreadable()) {
            errors.rejectValue("soldOn", "customers.error.soldOn.format");
            return page(form, model);
        }
        try {
            Sale sale = registration.register(form.toRequest());
            flash.addFlashAttribute(
                    "notice",
                    sale.status() == Sale.Status.ORDERED ? "customers.sale.ordered" : "customers.sale.registered");
            return "redirect:/customers/" + sale.customer() + "#products";
        } catch (SaleRejected rejected) {
            reject(errors, rejected.problems());
            return page(form, model);
        } catch (Refusal refused) {
            errors.reject(refused.messageKey(), refused.arguments(), null);
            return page(form, model);
        }
    }

    @PostMapping("/customers/sales/{id}/deliver")
    String deliver(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String on, RedirectAttributes flash) {
        LocalDate day = registration.today();
        try {
            day = on == null || on.isBlank() ? day : LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            // An unreadable date means today, as the button without a date does.
        }
        try {
            Sale sale = registration.deliver(new SaleId(id), day);
            flash.addFlashAttribute("notice", "customers.sale.delivered");
            return "redirect:/customers/" + sale.customer() + "#products";
        } catch (SaleRejected rejected) {
            flash.addFlashAttribute(
                    "problem", rejected.problems().values().iterator().next());
            return "redirect:/customers/sales/new";
        }
    }

    private String page(SaleForm form, Model model) {
        ProductChoices choices = registration.productChoices(form.getProductQuery());
        List<SellableItem> offered = new ArrayList<>(choices.products());
        registration.item(form.product()).filter(p -> !offered.contains(p)).ifPresent(offered::addFirst);
        List<Customer> customers = new ArrayList<>(directory.suggest(form.getCustomerQuery(), 10));
        if (form.customer() != null) {
            directory
                    .optional(form.customer())
                    .filter(c -> !customers.contains(c))
                    .ifPresent(customers::addFirst);
        }
        model.addAttribute("form", form);
        model.addAttribute("productState", choices.state().name());
        model.addAttribute("products", offered);
        model.addAttribute("customers", customers);
        String typed =
                form.getCustomerQuery() == null ? "" : form.getCustomerQuery().strip();
        model.addAttribute("customerTooShort", !typed.isEmpty() && typed.length() < CustomerDirectory.MIN_TYPED);
        model.addAttribute("customerNone", typed.length() >= CustomerDirectory.MIN_TYPED && customers.isEmpty());
        return VIEW;
    }

    private static void reject(BindingResult errors, Map<String, String> problems) {
        problems.forEach((field, key) -> errors.rejectValue(field, key));
    }
}
