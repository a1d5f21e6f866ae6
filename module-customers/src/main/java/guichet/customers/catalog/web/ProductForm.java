package guichet.customers.catalog.web;

import guichet.customers.catalog.ProductDetails;
import guichet.platform.catalog.Product;
import guichet.platform.money.AmountRejected;
import guichet.platform.money.Money;
import guichet.platform.money.Prices;
import org.jspecify.annotations.Nullable;

/** The product form, as typed; kept whole when something is refused. */
public class ProductForm {

    private @Nullable String code;
    private @Nullable String name;
    private String kind = Product.Kind.PRODUCT.name();
    private @Nullable String provider;
    private boolean onSale = true;
    private @Nullable String unitPrice;

    /** The product as its form shows it, its price written as the page's language types it. */
    static ProductForm of(Product product, Prices prices) {
        ProductForm form = new ProductForm();
        form.code = product.code();
        form.name = product.name();
        form.kind = product.kind().name();
        form.provider = product.provider();
        form.onSale = product.onSale();
        form.unitPrice = prices.plain(product.unitPrice());
        return form;
    }

    /**
     * The unit price typed, in the tenant's currency, or null when left blank.
     *
     * @throws AmountRejected if what was typed is not an amount of that currency
     */
    @Nullable
    Money price(Prices prices) {
        return unitPrice == null || unitPrice.isBlank() ? null : prices.parse(unitPrice);
    }

    ProductDetails toDetails() {
        return new ProductDetails(
                code,
                name,
                Product.Kind.SERVICE.name().equals(kind) ? Product.Kind.SERVICE : Product.Kind.PRODUCT,
                provider,
                onSale);
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = Product.Kind.SERVICE.name().equals(kind) ? kind : Product.Kind.PRODUCT.name();
    }

    public @Nullable String getProvider() {
        return provider;
    }

    public void setProvider(@Nullable String provider) {
        this.provider = provider;
    }

    public @Nullable String getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(@Nullable String unitPrice) {
        this.unitPrice = unitPrice;
    }

    public boolean isOnSale() {
        return onSale;
    }

    public void setOnSale(boolean onSale) {
        this.onSale = onSale;
    }
}
