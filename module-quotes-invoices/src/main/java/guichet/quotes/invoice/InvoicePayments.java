package guichet.quotes.invoice;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.money.Money;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.web.NotFound;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments of issued invoices, the status they lead to, and what a customer owes. */
@Service
@Transactional
public class InvoicePayments {

    /** How a payment may be made. */
    public static final Set<String> METHODS = Set.of("transfer", "card", "cash", "cheque", "other");

    private final Invoices invoices;
    private final Payments payments;
    private final CurrentTenant tenant;
    private final Clock clock;

    InvoicePayments(Invoices invoices, Payments payments, CurrentTenant tenant, Clock clock) {
        this.invoices = invoices;
        this.payments = payments;
        this.tenant = tenant;
        this.clock = clock;
    }

    /**
     * Records a payment of an issued invoice: its status becomes partially paid, or paid once nothing is left.
     *
     * @throws IllegalArgumentException if the amount is not positive, in another currency, or more than is left
     * @throws InvoiceFrozen if it is a draft, a credit note, or nothing is left to pay
     */
    public Payment record(
            UUID invoiceId,
            Money amount,
            LocalDate paidOn,
            String method,
            @Nullable String reference,
            @Nullable UserId recordedBy) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new NotFound("Invoice"));
        if (invoice.kind() != InvoiceKind.INVOICE
                || !invoice.status().issued()
                || invoice.outstanding().isZero()) {
            throw new InvoiceFrozen(invoice);
        }
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("No payment method " + method);
        }
        if (!amount.isPositive() || amount.isGreaterThan(invoice.outstanding())) {
            throw new IllegalArgumentException(
                    "A payment is more than zero and at most " + invoice.outstanding() + ": " + amount);
        }
        Payment payment = payments.save(new Payment(
                invoiceId,
                amount,
                paidOn,
                method,
                reference == null || reference.isBlank() ? null : reference.strip(),
                recordedBy == null ? null : recordedBy.value(),
                clock.instant()));
        invoice.paid(amount);
        return payment;
    }

    @Transactional(readOnly = true)
    public List<Payment> of(UUID invoiceId) {
        return payments.findByInvoiceIdOrderByRecordedAt(invoiceId);
    }

    /** What this customer owes on his issued invoices, in the tenant's currency. */
    @Transactional(readOnly = true)
    public Money balance(CustomerId customer) {
        return Money.rounded(
                invoices.balance(customer.value()), tenant.profile().currency(), RoundingMode.UNNECESSARY);
    }
}
