package guichet.quotes.invoice.web;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceArchive;
import guichet.quotes.invoice.InvoicePayments;
import guichet.quotes.invoice.InvoiceReading;
import guichet.quotes.invoice.InvoiceRequest;
import guichet.quotes.invoice.InvoiceRequests;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Mes factures »: the signed-in customer's own issued invoices and credit notes, what he owes, their PDFs, and his
 * requests (a copy, an invoice for a past purchase) with the staff's answers.
 */
@Controller
@RequiresPermission(CorePermissions.PORTAL_ACCESS)
class PortalInvoicesController {

    static final String LIST = "quotes/invoices/mine";
    static final String PATH = "/quotes/my/invoices";

    private final InvoiceReading reading;
    private final InvoicePayments payments;
    private final InvoiceArchive archive;
    private final CurrentUser currentUser;
    private final InvoiceRequests requests;

    PortalInvoicesController(
            InvoiceReading reading,
            InvoicePayments payments,
            InvoiceArchive archive,
            CurrentUser currentUser,
            InvoiceRequests requests) {
        this.requests = requests;
        this.reading = reading;
        this.payments = payments;
        this.archive = archive;
        this.currentUser = currentUser;
    }

    @GetMapping(PATH)
    String list(ListQuery paging, Model model) {
        CustomerId me = me();
        Page<Invoice> invoices = reading.page(
                own(me),
                null,
                me.value(),
                paging.pageable(Set.of("number", "createdAt", "gross"), Sort.by(Sort.Direction.DESC, "createdAt")));
        // A customer sees what was issued to him, never the drafts being prepared.
        model.addAttribute("invoices", invoices);
        model.addAttribute("links", PageLinks.of(PATH, invoices));
        model.addAttribute("balance", payments.balance(me));
        model.addAttribute("myRequests", requests.of(me));
        return LIST;
    }

    @PostMapping(PATH + "/requests")
    String ask(
            @RequestParam(defaultValue = "COPY") String kind,
            @RequestParam(required = false) @Nullable UUID invoice,
            @RequestParam(defaultValue = "") String message,
            ListQuery paging,
            Model model,
            RedirectAttributes flash) {
        InvoiceRequest.Kind asked = "PURCHASE".equals(kind) ? InvoiceRequest.Kind.PURCHASE : InvoiceRequest.Kind.COPY;
        try {
            requests.ask(me(), asked, invoice, message);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", "invoices.requests.messageInvalid");
            model.addAttribute("typedMessage", message);
            return list(paging, model);
        }
        flash.addFlashAttribute("notice", "invoices.requests.sent");
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Invoice invoice = reading.find(own(me()), id);
        if (!invoice.status().issued()) {
            throw new NotFound("Invoice");
        }
        return InvoicePageController.pdfResponse(invoice, archive.pdfOf(invoice));
    }

    private CustomerId me() {
        GuichetUser user = currentUser.require();
        return user.customerId().orElseThrow(() -> new NotFound("Customer"));
    }

    private static CustomerAccess own(CustomerId me) {
        return new CustomerAccess.Accounts(Set.of(me));
    }
}
