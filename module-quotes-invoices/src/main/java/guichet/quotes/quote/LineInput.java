package guichet.quotes.quote;

import guichet.platform.catalog.ItemRef;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line as staff type it: from a catalogue item (its description and price taken from the catalogue when left
 * blank) or free.
 *
 * @param item the catalogue item, or null for a free line
 * @param description what is sold; blank takes the item's label
 * @param quantity more than zero
 * @param unitPrice the price of one in the tenant's currency; null takes the item's price
 * @param discountPercent 0 to 100
 * @param taxRatePercent 0 to 100
 */
public record LineInput(
        @Nullable ItemRef item,
        @Nullable String description,
        BigDecimal quantity,
        @Nullable BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal taxRatePercent) {}
