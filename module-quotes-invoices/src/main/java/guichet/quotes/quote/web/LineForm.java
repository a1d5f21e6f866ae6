package guichet.quotes.quote.web;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A line staff add to a draft: a catalogue item (its label and price by default) or a free one. */
public class LineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private @Nullable String item;
    private @Nullable String description;
    private @Nullable String quantity = "1";
    private @Nullable String unitPrice;
    private @Nullable String discount = "0";
    private @Nullable String taxRate;

    public @Nullable String getItem() {
        return item;
    }

    public void setItem(@Nullable String item) {
        this.item = item;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getQuantity() {
        return quantity;
    }

    public void setQuantity(@Nullable String quantity) {
        this.quantity = quantity;
    }

    public @Nullable String getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(@Nullable String unitPrice) {
        this.unitPrice = unitPrice;
    }

    public @Nullable String getDiscount() {
        return discount;
    }

    public void setDiscount(@Nullable String discount) {
        this.discount = discount;
    }

    public @Nullable String getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(@Nullable String taxRate) {
        this.taxRate = taxRate;
    }
}
