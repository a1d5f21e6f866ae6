package guichet.quotes.quote;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.quotes.pricing.Totals;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A quote: its number, customer, currency, status, the revision being prepared or last sent, the validity of that
 * revision and its totals (what lists show, so that a list reads one table). Its lines are {@link QuoteLine}s of each
 * revision; each sent revision is a {@link QuoteRevision}. Changed through {@link QuoteDesk} only.
 */
@Entity
@Table(name = "quo_quote")
public class Quote {

    @Id
    private UUID id;

    private String number;
    private UUID customerId;
    private @Nullable UUID requestId;
    private @Nullable String ticketNumber;
    private String currency;

    @Enumerated(EnumType.STRING)
    private QuoteStatus status;

    private int revision;
    private @Nullable Integer sentRevision;
    private LocalDate validUntil;
    private BigDecimal totalNet;
    private BigDecimal totalGross;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant decidedAt;

    @Version
    private int version;

    protected Quote() {}

    Quote(String number, CustomerId customer, Currency currency, LocalDate validUntil, UserId by, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.customerId = customer.value();
        this.currency = currency.getCurrencyCode();
        this.status = QuoteStatus.DRAFT;
        this.revision = 1;
        this.validUntil = validUntil;
        this.totalNet = BigDecimal.ZERO;
        this.totalGross = BigDecimal.ZERO;
        this.createdBy = by.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void answers(UUID request, @Nullable String ticket) {
        this.requestId = request;
        this.ticketNumber = ticket;
    }

    void priced(Totals totals, Instant now) {
        this.totalNet = totals.net().amount();
        this.totalGross = totals.gross().amount();
        this.updatedAt = now;
    }

    void validUntil(LocalDate date, Instant now) {
        this.validUntil = date;
        this.updatedAt = now;
    }

    void sent(Instant now) {
        this.sentRevision = revision;
        this.status = QuoteStatus.SENT;
        this.updatedAt = now;
    }

    void revised(Instant now) {
        this.revision = revision + 1;
        this.status = QuoteStatus.DRAFT;
        this.decidedAt = null;
        this.updatedAt = now;
    }

    void decided(boolean accepted, Instant now) {
        this.status = accepted ? QuoteStatus.ACCEPTED : QuoteStatus.REFUSED;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public CustomerId customer() {
        return new CustomerId(customerId);
    }

    public Optional<UUID> request() {
        return Optional.ofNullable(requestId);
    }

    public Optional<String> ticketNumber() {
        return Optional.ofNullable(ticketNumber);
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public QuoteStatus status() {
        return status;
    }

    /** Whether its current revision's lines may change. */
    public boolean editable() {
        return status == QuoteStatus.DRAFT;
    }

    /** The revision being prepared, or the last one sent. */
    public int revision() {
        return revision;
    }

    /** The latest revision sent to the customer, if one was. */
    public OptionalInt sentRevision() {
        return sentRevision == null ? OptionalInt.empty() : OptionalInt.of(sentRevision);
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public BigDecimal totalNet() {
        return totalNet;
    }

    public BigDecimal totalGross() {
        return totalGross;
    }

    public UserId createdBy() {
        return new UserId(createdBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
