package guichet.quotes.invoice.web;

import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.money.AmountRejected;
import guichet.platform.money.Money;
import guichet.platform.money.MoneyFormat;
import guichet.platform.tenancy.CurrentTenant;
import guichet.quotes.QuotesModule;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceArchive;
import guichet.quotes.invoice.InvoiceDrafts;
import guichet.quotes.invoice.InvoiceFrozen;
import guichet.quotes.invoice.InvoiceIssuing;
import guichet.quotes.invoice.InvoicePayments;
import guichet.quotes.invoice.InvoiceReading;
import guichet.quotes.invoice.MissingMentions;
import guichet.quotes.pricing.Line;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An invoice's page for staff: a draft's buyer and lines edited, then issued (or refused with what it lacks); an
 * issued invoice's payments and credit notes; its PDF.
 */
@Controller
class InvoicePageController {

    static final String PAGE = "quotes/invoices/invoice";

    private final InvoiceReading reading;
    private final InvoiceDrafts drafts;
    private final InvoiceIssuing issuing;
    private final InvoicePayments payments;
    private final InvoiceArchive archive;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final CurrentTenant tenant;

    InvoicePageController(
            InvoiceReading reading,
            InvoiceDrafts drafts,
            InvoiceIssuing issuing,
            InvoicePayments payments,
            InvoiceArchive archive,
            CustomerAccessPolicy policy,
            CurrentUser currentUser,
            MessageSource messages,
            CurrentTenant tenant) {
        this.reading = reading;
        this.drafts = drafts;
        this.issuing = issuing;
        this.payments = payments;
        this.archive = archive;
        this.policy = policy;
        this.currentUser = currentUser;
        this.messages = messages;
        this.tenant = tenant;
    }

    @GetMapping("/quotes/invoices/{id}")
    @RequiresPermission(QuotesModule.VIEW)
    String page(@PathVariable UUID id, Model model, Locale locale) {
        Invoice invoice = visible(id);
        return show(invoice, invoice.isDraft() ? DraftForm.of(invoice, locale) : null, List.of(), model);
    }

    @PostMapping("/quotes/invoices/{id}")
    @RequiresPermission(QuotesModule.EDIT)
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") DraftForm form,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        Invoice invoice = visible(id);
        List<String> errors = new ArrayList<>();
        List<Line> lines = form.lines(invoice, locale, messages, errors);
        LocalDate delivery = form.delivery(locale, messages, errors);
        if (!InvoiceDrafts.LANGUAGES.contains(form.getLanguage())) {
            form.setLanguage("fr");
        }
        if (tooLong(form.getBuyerName(), 300) || tooLong(form.getBuyerAddress(), 500)) {
            errors.add(messages.getMessage("invoices.error.buyerTooLong", null, locale));
        }
        if (!errors.isEmpty() || !invoice.isDraft()) {
            if (!invoice.isDraft()) {
                errors.add(messages.getMessage("invoices.error.frozen", null, locale));
            }
            return show(invoice, form, errors, model);
        }
        drafts.changeLines(id, lines);
        drafts.describe(id, form.getBuyerName(), form.getBuyerAddress(), delivery, form.getLanguage());
        flash.addFlashAttribute("notice", "invoices.saved");
        return "redirect:/quotes/invoices/" + id;
    }

    @PostMapping("/quotes/invoices/{id}/issue")
    @RequiresPermission(QuotesModule.ISSUE)
    String issue(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes flash) {
        Invoice invoice = visible(id);
        try {
            issuing.issue(invoice.id());
        } catch (MissingMentions refused) {
            return show(invoice, DraftForm.of(invoice, locale), List.of(missing(refused.missing(), locale)), model);
        } catch (InvoiceFrozen e) {
            return show(invoice, null, List.of(messages.getMessage("invoices.error.frozen", null, locale)), model);
        }
        flash.addFlashAttribute("notice", "invoices.issued");
        return "redirect:/quotes/invoices/" + id;
    }

    @PostMapping("/quotes/invoices/{id}/payments")
    @RequiresPermission(QuotesModule.ISSUE)
    String pay(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String paidOn,
            @RequestParam(defaultValue = "transfer") String method,
            @RequestParam(required = false) @Nullable String reference,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        Invoice invoice = visible(id);
        GuichetUser user = currentUser.require();
        try {
            Money money = MoneyFormat.parse(amount, invoice.currency(), locale);
            payments.record(id, money, LocalDate.parse(paidOn), method, reference, user.id());
        } catch (AmountRejected e) {
            return paymentRefused(invoice, messages.getMessage(e.messageKey(), e.arguments(), locale), model, amount);
        } catch (DateTimeParseException e) {
            return paymentRefused(invoice, messages.getMessage("invoices.error.date", null, locale), model, amount);
        } catch (IllegalArgumentException | InvoiceFrozen e) {
            return paymentRefused(
                    invoice,
                    messages.getMessage(
                            "invoices.error.payment",
                            new Object[] {MoneyFormat.format(invoice.outstanding(), locale)},
                            locale),
                    model,
                    amount);
        }
        flash.addFlashAttribute("notice", "invoices.paymentRecorded");
        return "redirect:/quotes/invoices/" + id;
    }

    @PostMapping("/quotes/invoices/{id}/credit-notes")
    @RequiresPermission(QuotesModule.ISSUE)
    String credit(
            @PathVariable UUID id, HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        Invoice invoice = visible(id);
        Map<Integer, BigDecimal> quantities = new TreeMap<>();
        try {
            for (var line : invoice.lines()) {
                String typed = request.getParameter("credit-" + line.position());
                if (typed != null && !typed.isBlank()) {
                    quantities.put(line.position(), new BigDecimal(typed.strip().replace(',', '.')));
                }
            }
            Invoice note = issuing.creditNote(id, quantities);
            flash.addFlashAttribute("notice", "invoices.credited");
            return "redirect:/quotes/invoices/" + note.id();
        } catch (IllegalArgumentException | InvoiceFrozen e) {
            return show(invoice, null, List.of(messages.getMessage("invoices.error.credit", null, locale)), model);
        }
    }

    @GetMapping("/quotes/invoices/{id}/pdf")
    @RequiresPermission(QuotesModule.VIEW)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Invoice invoice = visible(id);
        return pdfResponse(invoice, archive.pdfOf(invoice));
    }

    static ResponseEntity<byte[]> pdfResponse(Invoice invoice, byte[] pdf) {
        String name = invoice.number().orElse("brouillon-" + invoice.id()) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf);
    }

    private String paymentRefused(Invoice invoice, String error, Model model, String amount) {
        model.addAttribute("typedAmount", amount);
        return show(invoice, null, List.of(error), model);
    }

    private String show(Invoice invoice, @Nullable DraftForm form, List<String> errors, Model model) {
        GuichetUser user = currentUser.require();
        model.addAttribute("invoice", invoice);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", invoice.isDraft() && user.can(QuotesModule.EDIT));
        model.addAttribute("canIssue", user.can(QuotesModule.ISSUE));
        model.addAttribute("payments", invoice.isDraft() ? List.of() : payments.of(invoice.id()));
        model.addAttribute("creditNotes", invoice.isDraft() ? List.of() : reading.creditNotes(invoice));
        model.addAttribute("missing", invoice.isDraft() ? issuing.missingMentions(invoice.id()) : List.of());
        model.addAttribute("methods", List.of("transfer", "card", "cash", "cheque", "other"));
        model.addAttribute("today", LocalDate.now(tenant.zoneId()));
        return PAGE;
    }

    private String missing(List<String> keys, Locale locale) {
        List<String> named =
                keys.stream().map(k -> messages.getMessage(k, null, locale)).toList();
        return messages.getMessage("invoices.missing.intro", new Object[] {String.join(", ", named)}, locale);
    }

    private Invoice visible(UUID id) {
        return reading.find(policy.of(currentUser.require()), id);
    }

    private static boolean tooLong(@Nullable String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
