package guichet.customers.catalog;

import guichet.platform.catalog.Product;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A product as typed or imported.
 *
 * @param code the reference, unique in the tenant
 * @param name the designation
 * @param provider the brand or supplier, or null
 */
public record ProductDetails(
        @Nullable String code,
        @Nullable String name,
        Product.Kind kind,
        @Nullable String provider,
        boolean onSale) {

    public ProductDetails {
        code = code == null || code.isBlank() ? null : code.strip();
        name = name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
        provider = provider == null || provider.isBlank() ? null : provider.strip();
    }

    public static ProductDetails of(Product product) {
        return new ProductDetails(product.code(), product.name(), product.kind(), product.provider(), product.onSale());
    }

    /** What is wrong, as field to message key. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (code == null) {
            problems.put("code", "customers.error.product.code.required");
        } else if (code.length() > 40) {
            problems.put("code", "customers.error.too-long");
        }
        if (name == null) {
            problems.put("name", "customers.error.product.name.required");
        } else if (name.length() > 200) {
            problems.put("name", "customers.error.too-long");
        }
        if (provider != null && provider.length() > 200) {
            problems.put("provider", "customers.error.too-long");
        }
        return problems;
    }

    /** Whether the product already is as described. */
    boolean describes(Product product) {
        return product.code().equals(code)
                && product.name().equals(name)
                && product.kind() == kind
                && java.util.Objects.equals(product.provider(), provider)
                && product.onSale() == onSale;
    }

    /** Writes these details onto a product. */
    void applyTo(Product product, java.time.Instant now) {
        product.describe(code, name, kind, provider, now);
        if (onSale && !product.onSale()) {
            product.putOnSale(now);
        } else if (!onSale && product.onSale()) {
            product.withdrawFromSale(now);
        }
    }
}
