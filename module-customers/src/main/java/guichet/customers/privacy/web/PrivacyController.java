package guichet.customers.privacy.web;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.privacy.PersonalData;
import guichet.customers.privacy.PersonalDataPdf;
import guichet.customers.privacy.PrivacyRequests;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.CurrentTenant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A customer's personal data requests: export as JSON or PDF, and anonymisation on his request. */
@Controller
@RequiresPermission(CustomersModule.EXPORT)
class PrivacyController {

    static final String VIEW = "customers/privacy";

    private final CustomerDirectory directory;
    private final PrivacyRequests privacy;
    private final PersonalDataPdf pdf;
    private final CurrentTenant tenant;

    PrivacyController(CustomerDirectory directory, PrivacyRequests privacy, PersonalDataPdf pdf, CurrentTenant tenant) {
        this.directory = directory;
        this.privacy = privacy;
        this.pdf = pdf;
        this.tenant = tenant;
    }

    @GetMapping("/customers/{id}/privacy")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("customer", directory.visible(new CustomerId(id)));
        return VIEW;
    }

    @GetMapping(value = "/customers/{id}/personal-data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonalData> json(@PathVariable UUID id) {
        PersonalData data = privacy.export(new CustomerId(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(data, "json"))
                .body(data);
    }

    @GetMapping("/customers/{id}/personal-data.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        PersonalData data = privacy.export(new CustomerId(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(data, "pdf"))
                .body(pdf.render(data, locale, tenant.zoneId()));
    }

    @PostMapping("/customers/{id}/anonymise")
    @RequiresPermission(CustomersModule.ANONYMISE)
    String anonymise(
            @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute("problem", "customers.privacy.anonymise.confirm.required");
            return "redirect:/customers/" + id + "/privacy";
        }
        Customer customer = privacy.anonymise(new CustomerId(id));
        flash.addFlashAttribute("notice", "customers.privacy.anonymised");
        return "redirect:/customers/" + customer.id();
    }

    private static String attachment(PersonalData data, String extension) {
        return ContentDisposition.attachment()
                .filename("customer-" + data.customer().number() + "." + extension)
                .build()
                .toString();
    }
}
