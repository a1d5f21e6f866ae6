package guichet.quotes.quote;

import guichet.platform.catalog.ItemRef;
import guichet.platform.money.Money;
import guichet.quotes.pricing.Line;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of one revision of a quote, as stored: the priced {@link Line} and its place. A sent revision's lines never
 * change (the database refuses it too).
 */
@Entity
@Table(name = "quo_quote_line")
public class QuoteLine {

    @Id
    private UUID id;

    private UUID quoteId;
    private int revision;
    private int position;
    private String description;
    private @Nullable String itemRef;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal discount;
    private BigDecimal taxRate;

    protected QuoteLine() {}

    QuoteLine(UUID quoteId, int revision, int position, Line line) {
        this.id = UUID.randomUUID();
        this.quoteId = quoteId;
        this.revision = revision;
        this.position = position;
        this.description = line.description();
        this.itemRef = line.item() == null ? null : line.item().toString();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice().amount();
        this.discount = line.discountPercent();
        this.taxRate = line.taxRatePercent();
    }

    /** The same line in another revision. */
    QuoteLine copyTo(int newRevision, Currency currency) {
        return new QuoteLine(quoteId, newRevision, position, line(currency));
    }

    /** The line, priced. */
    public Line line(Currency currency) {
        return new Line(
                description,
                ItemRef.parse(itemRef).orElse(null),
                quantity.stripTrailingZeros(),
                Money.of(unitPrice.setScale(Money.decimalsOf(currency), java.math.RoundingMode.UNNECESSARY), currency),
                discount,
                taxRate);
    }

    public UUID id() {
        return id;
    }

    public UUID quoteId() {
        return quoteId;
    }

    public int revision() {
        return revision;
    }

    public int position() {
        return position;
    }

    public Optional<ItemRef> item() {
        return ItemRef.parse(itemRef);
    }
}
