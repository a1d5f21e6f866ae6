package guichet.customers.directory.web;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDetails;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.directory.CustomerRejected;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import java.util.List;
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
 * Registering and changing customers and prospects, and converting a prospect. Before a new one is saved, the people
 * who may be him already (same e-mail or phone, similar name) are shown, and saving anyway must be confirmed.
 */
@Controller
@RequiresPermission(CustomersModule.EDIT)
class CustomerEditController {

    static final String FORM = "customers/form";

    private final CustomerDirectory directory;

    CustomerEditController(CustomerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/customers/new")
    String newCustomer(
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String kind,
            Model model) {
        CustomerForm form = new CustomerForm();
        form.setStage(stage == null ? "" : stage);
        form.setKind(kind == null ? "" : kind);
        return form(form.withSlots(), null, List.of(), model);
    }

    @PostMapping("/customers")
    String create(
            @ModelAttribute("form") CustomerForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        CustomerDetails details = checked(form, errors, null);
        if (errors.hasErrors()) {
            return form(form.withSlots(), null, List.of(), model);
        }
        List<Customer> duplicates = directory.likelyDuplicates(details, null);
        if (!duplicates.isEmpty() && !form.isConfirmed()) {
            return form(form.withSlots(), null, duplicates, model);
        }
        try {
            Customer created = directory.register(details, form.chosenStage());
            flash.addFlashAttribute(
                    "notice", created.isProspect() ? "customers.created.prospect" : "customers.created");
            return "redirect:/customers/" + created.id();
        } catch (CustomerRejected rejected) {
            CustomerForm.reject(errors, rejected.problems());
            return form(form.withSlots(), null, List.of(), model);
        }
    }

    @GetMapping("/customers/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Customer customer = directory.editable(new CustomerId(id));
        String reseller = customer.reseller()
                .flatMap(directory::optional)
                .map(r -> r.number().value())
                .orElse(null);
        return form(CustomerForm.of(customer, reseller), customer, List.of(), model);
    }

    @PostMapping("/customers/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") CustomerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Customer customer = directory.editable(new CustomerId(id));
        CustomerDetails details = checked(form, errors, customer.id());
        if (errors.hasErrors()) {
            return form(form.withSlots(), customer, List.of(), model);
        }
        try {
            directory.change(customer.id(), details);
            flash.addFlashAttribute("notice", "customers.updated");
            return "redirect:/customers/" + id;
        } catch (CustomerRejected rejected) {
            CustomerForm.reject(errors, rejected.problems());
            return form(form.withSlots(), customer, List.of(), model);
        }
    }

    @PostMapping("/customers/{id}/convert")
    String convert(@PathVariable UUID id, RedirectAttributes flash) {
        directory.convert(new CustomerId(id));
        flash.addFlashAttribute("notice", "customers.converted");
        return "redirect:/customers/" + id;
    }

    /** The form's own checks, then the directory's; the details to save when there is no error. */
    private CustomerDetails checked(CustomerForm form, BindingResult errors, @Nullable CustomerId self) {
        form.validate(errors);
        CustomerId reseller = null;
        if (form.getResellerNumber() != null && !form.getResellerNumber().isBlank()) {
            reseller = directory
                    .byNumber(form.getResellerNumber())
                    .map(Customer::id)
                    .orElse(null);
            if (reseller == null) {
                errors.rejectValue("resellerNumber", "customers.error.reseller.unknown");
            }
        }
        CustomerDetails details = form.toDetails(reseller);
        if (!errors.hasErrors()) {
            CustomerForm.reject(errors, directory.problems(details, self));
        }
        return details;
    }

    private String form(CustomerForm form, @Nullable Customer customer, List<Customer> duplicates, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("customer", customer);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("salesReps", directory.access().salesRep().isPresent() ? List.of() : directory.salesReps());
        return FORM;
    }
}
