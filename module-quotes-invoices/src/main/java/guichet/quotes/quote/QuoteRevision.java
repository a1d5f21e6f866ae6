package guichet.quotes.quote;

import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A sent revision of a quote, frozen: its number, validity and totals as sent, who sent it and when. Its lines are the
 * {@link QuoteLine}s of its number. Never changed nor deleted.
 */
@Entity
@Immutable
@IdClass(QuoteRevision.Key.class)
@Table(name = "quo_revision")
public class QuoteRevision {

    /** A revision's identity: its quote and number. */
    public static class Key implements Serializable {
        private @Nullable UUID quoteId;
        private int revision;

        public Key() {}

        public Key(UUID quoteId, int revision) {
            this.quoteId = quoteId;
            this.revision = revision;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Key key && Objects.equals(quoteId, key.quoteId) && revision == key.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(quoteId, revision);
        }
    }

    @Id
    private UUID quoteId;

    @Id
    private int revision;

    private LocalDate validUntil;
    private BigDecimal totalNet;
    private BigDecimal totalTax;
    private BigDecimal totalGross;
    private UUID sentBy;
    private Instant sentAt;

    protected QuoteRevision() {}

    QuoteRevision(
            UUID quoteId,
            int revision,
            LocalDate validUntil,
            BigDecimal totalNet,
            BigDecimal totalTax,
            BigDecimal totalGross,
            UserId sentBy,
            Instant sentAt) {
        this.quoteId = quoteId;
        this.revision = revision;
        this.validUntil = validUntil;
        this.totalNet = totalNet;
        this.totalTax = totalTax;
        this.totalGross = totalGross;
        this.sentBy = sentBy.value();
        this.sentAt = sentAt;
    }

    public UUID quoteId() {
        return quoteId;
    }

    public int revision() {
        return revision;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public BigDecimal totalNet() {
        return totalNet;
    }

    public BigDecimal totalTax() {
        return totalTax;
    }

    public BigDecimal totalGross() {
        return totalGross;
    }

    public UserId sentBy() {
        return new UserId(sentBy);
    }

    public Instant sentAt() {
        return sentAt;
    }
}
