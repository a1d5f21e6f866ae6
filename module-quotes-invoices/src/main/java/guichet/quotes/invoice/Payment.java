package guichet.quotes.invoice;

import guichet.platform.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A payment received for an issued invoice, as staff or the API recorded it. Never changed. */
@Entity
@Table(name = "inv_payment")
public class Payment {

    @Id
    private UUID id;

    private UUID invoiceId;
    private BigDecimal amount;
    private LocalDate paidOn;
    private String method;
    private @Nullable String reference;
    private @Nullable UUID recordedBy;
    private Instant recordedAt;

    protected Payment() {}

    Payment(
            UUID invoiceId,
            Money amount,
            LocalDate paidOn,
            String method,
            @Nullable String reference,
            @Nullable UUID recordedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.amount = amount.amount();
        this.paidOn = paidOn;
        this.method = method;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public Money amount(Currency currency) {
        return Money.of(amount.setScale(Money.decimalsOf(currency), java.math.RoundingMode.UNNECESSARY), currency);
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    /** How it was paid: {@code transfer}, {@code card}, {@code cash}, {@code cheque}, {@code other}. */
    public String method() {
        return method;
    }

    public @Nullable String reference() {
        return reference;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
