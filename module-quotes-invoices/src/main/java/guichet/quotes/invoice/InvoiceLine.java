package guichet.quotes.invoice;

import guichet.platform.catalog.ItemRef;
import guichet.platform.money.Money;
import guichet.quotes.pricing.Line;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of an invoice or a credit note, as {@link Line} prices it. Changed through its invoice only. */
@Entity
@Table(name = "inv_line")
public class InvoiceLine {

    @Id
    private UUID id;

    private int position;
    private String description;
    private @Nullable String itemRef;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent;
    private BigDecimal taxRatePercent;
    private BigDecimal creditedQuantity;

    protected InvoiceLine() {}

    InvoiceLine(int position, Line line) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.description = line.description();
        this.itemRef = line.item() == null ? null : line.item().toString();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice().amount();
        this.discountPercent = line.discountPercent();
        this.taxRatePercent = line.taxRatePercent();
        this.creditedQuantity = BigDecimal.ZERO;
    }

    public UUID id() {
        return id;
    }

    /** Its place on the document, from 1. */
    public int position() {
        return position;
    }

    /** The line as pricing reads it, in the document's currency. */
    public Line line(Currency currency) {
        return new Line(
                description,
                ItemRef.parse(itemRef).orElse(null),
                quantity,
                Money.of(unitPrice, currency),
                discountPercent,
                taxRatePercent);
    }

    /** How much of it credit notes have cancelled so far. */
    public BigDecimal creditedQuantity() {
        return creditedQuantity;
    }

    /** How much of it a credit note may still cancel. */
    public BigDecimal creditableQuantity() {
        return quantity.subtract(creditedQuantity);
    }

    void credit(BigDecimal more) {
        this.creditedQuantity = creditedQuantity.add(more);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }
}
