package guichet.platform.catalog;

import guichet.platform.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Something the current tenant sells, whichever module defines it: what a quote line, a sale or a statistic names.
 *
 * @param ref its kind and id
 * @param code its reference as the tenant writes it (a product's code)
 * @param label its designation
 * @param unitPrice its price for one, in the tenant's currency, or null while it has none
 * @param onSale whether it may be sold now; an item withdrawn from sale is still found by its reference
 */
public record SellableItem(
        ItemRef ref, String code, String label, @Nullable Money unitPrice, boolean onSale) {

    /** A product or service of platform core's catalogue. */
    public static SellableItem of(Product product) {
        return new SellableItem(
                ItemRef.product(product.id()), product.code(), product.name(), product.unitPrice(), product.onSale());
    }

    public String kind() {
        return ref.kind();
    }
}
