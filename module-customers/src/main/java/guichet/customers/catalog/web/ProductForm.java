package guichet.customers.catalog.web;

import guichet.customers.catalog.ProductDetails;
import guichet.platform.catalog.Product;
import org.jspecify.annotations.Nullable;

/** The product form, as typed. */
public class ProductForm {

    private @Nullable String code;
    private @Nullable String name;
    private String kind = Product.Kind.PRODUCT.name();
    private @Nullable String provider;
    private boolean onSale = true;

    static ProductForm of(Product product) {
        ProductForm form = new ProductForm();
        form.code = product.code();
        form.name = product.name();
        form.kind = product.kind().name();
        form.provider = product.provider();
        form.onSale = product.onSale();
        return form;
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

    public boolean isOnSale() {
        return onSale;
    }

    public void setOnSale(boolean onSale) {
        this.onSale = onSale;
    }
}
