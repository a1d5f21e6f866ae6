package guichet.quotes.invoice;

import guichet.platform.ids.CustomerId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer's request for a copy of an invoice or for an invoice of a past purchase, until staff answer it. */
@Entity
@Table(name = "inv_request")
public class InvoiceRequest {

    /** What the customer asks for. */
    public enum Kind {
        COPY,
        PURCHASE
    }

    /** Waiting in the staff's queue, or answered. */
    public enum Status {
        OPEN,
        ANSWERED
    }

    @Id
    private UUID id;

    private UUID customerId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private @Nullable UUID invoiceId;
    private String message;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String answer;
    private @Nullable UUID answeredBy;
    private Instant createdAt;
    private @Nullable Instant answeredAt;

    @Version
    private int version;

    protected InvoiceRequest() {}

    InvoiceRequest(CustomerId customer, Kind kind, @Nullable UUID invoiceId, String message, Instant now) {
        this.id = UUID.randomUUID();
        this.customerId = customer.value();
        this.kind = kind;
        this.invoiceId = invoiceId;
        this.message = message;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public CustomerId customer() {
        return new CustomerId(customerId);
    }

    public Kind kind() {
        return kind;
    }

    /** The invoice a copy is asked of. */
    public Optional<UUID> invoice() {
        return Optional.ofNullable(invoiceId);
    }

    public String message() {
        return message;
    }

    public Status status() {
        return status;
    }

    public @Nullable String answer() {
        return answer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    void answer(String text, @Nullable UUID by, Instant now) {
        this.answer = text;
        this.answeredBy = by;
        this.status = Status.ANSWERED;
        this.answeredAt = now;
    }
}
