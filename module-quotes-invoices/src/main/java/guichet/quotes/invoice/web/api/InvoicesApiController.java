package guichet.quotes.invoice.web.api;

import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.money.Money;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageResponse;
import guichet.quotes.QuotesModule;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceArchive;
import guichet.quotes.invoice.InvoiceFrozen;
import guichet.quotes.invoice.InvoicePayments;
import guichet.quotes.invoice.InvoiceReading;
import guichet.quotes.invoice.InvoiceStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Invoices and credit notes as JSON, within the caller's access like the pages (a sales representative his customers'
 * only): the list filtered by status and customer, one with its lines and taxes, its PDF, and recording a payment.
 */
@RestController
@Tag(name = "Invoices", description = "Invoices and credit notes, their PDFs and their payments")
@RequiresPermission(QuotesModule.VIEW)
@RequestMapping(QuotesModule.INVOICES_API)
class InvoicesApiController {

    private final InvoiceReading reading;
    private final InvoicePayments payments;
    private final InvoiceArchive archive;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;

    InvoicesApiController(
            InvoiceReading reading,
            InvoicePayments payments,
            InvoiceArchive archive,
            CustomerAccessPolicy policy,
            CurrentUser currentUser) {
        this.reading = reading;
        this.payments = payments;
        this.archive = archive;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    /** A payment to record: {@code amount} as a decimal string ({@code "50.000"}), {@code method} one of transfer, card, cash, cheque, other. */
    record PaymentRequest(
            @Nullable String amount,
            @Nullable LocalDate paidOn,
            @Nullable String method,
            @Nullable String reference) {}

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(
            summary =
                    "Invoices and credit notes within the user's access, latest first; status and customer filter them")
    PageResponse<InvoiceResponse> list(
            ListQuery paging,
            @RequestParam(required = false) @Nullable InvoiceStatus status,
            @RequestParam(required = false) @Nullable UUID customer) {
        return PageResponse.of(
                reading.page(
                        policy.of(currentUser.require()),
                        status,
                        customer,
                        paging.pageable(
                                Set.of("number", "createdAt", "status", "gross"),
                                Sort.by(Sort.Direction.DESC, "createdAt"))),
                InvoiceResponse::summary);
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    @Operation(summary = "An invoice or a credit note with its lines and its taxes per rate")
    InvoiceResponse get(@PathVariable UUID id) {
        return InvoiceResponse.detail(visible(id));
    }

    @GetMapping("/{id}/pdf")
    @Operation(
            summary = "The PDF (application/pdf) as it was archived when issued; a draft's as it would be issued now")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Invoice invoice = visible(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(invoice.number().orElse("draft-" + invoice.id()) + ".pdf")
                                .build()
                                .toString())
                .body(archive.pdfOf(invoice));
    }

    @PostMapping("/{id}/payments")
    @RequiresPermission(QuotesModule.ISSUE)
    @Operation(
            summary = "Records a payment of an issued invoice; its status becomes partially paid or paid",
            description = "400 if the amount is not more than zero and at most what is left; 409 if nothing is left"
                    + " to pay, or it is a draft or a credit note")
    ResponseEntity<InvoiceResponse> pay(@PathVariable UUID id, @RequestBody PaymentRequest request) {
        Invoice invoice = visible(id);
        GuichetUser user = currentUser.require();
        if (request.amount() == null || request.paidOn() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "amount and paidOn are required");
        }
        try {
            Money amount = Money.of(new BigDecimal(request.amount().strip()), invoice.currency());
            payments.record(
                    id,
                    amount,
                    request.paidOn(),
                    request.method() == null ? "transfer" : request.method(),
                    request.reference(),
                    user.id());
        } catch (InvoiceFrozen e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(InvoiceResponse.detail(visible(id)));
    }

    private Invoice visible(UUID id) {
        return reading.find(policy.of(currentUser.require()), id);
    }
}
