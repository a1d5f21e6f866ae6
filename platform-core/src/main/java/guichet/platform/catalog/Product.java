package guichet.platform.catalog;

import guichet.platform.ids.ProductId;
import guichet.platform.money.Money;
import guichet.platform.text.SearchText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A product (a phone, a SIM card) or a service (a kiosk service, a subscription) the tenant offers. The provider is who
 * supplies it: a brand, or the « structure émettrice » of a postal service.
 */
@Entity
@Table(name = "core_product")
public class Product {

    /** Goods or a service. */
    public enum Kind {
        PRODUCT,
        SERVICE
    }

    @Id
    private UUID id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private boolean onSale;
    private @Nullable String provider;
    private @Nullable BigDecimal unitPrice;
    private @Nullable String priceCurrency;
    private String searchText = "";
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected Product() {}

    public Product(String code, String name, Kind kind, @Nullable String provider, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.provider = provider;
        this.onSale = true;
        this.createdAt = now;
        this.updatedAt = now;
        reindex();
    }

    public ProductId id() {
        return new ProductId(id);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean onSale() {
        return onSale;
    }

    public @Nullable String provider() {
        return provider;
    }

    /** Its price for one, in the currency it was set in (the tenant's), or null while it has none. */
    public @Nullable Money unitPrice() {
        return unitPrice == null || priceCurrency == null
                ? null
                : Money.of(unitPrice, Currency.getInstance(priceCurrency));
    }

    /** Sets, or with null removes, its price for one. */
    public void price(@Nullable Money price, Instant now) {
        this.unitPrice = price == null ? null : price.amount();
        this.priceCurrency = price == null ? null : price.currency().getCurrencyCode();
        this.updatedAt = now;
    }

    public void withdrawFromSale(Instant now) {
        this.onSale = false;
        this.updatedAt = now;
    }

    public void putOnSale(Instant now) {
        this.onSale = true;
        this.updatedAt = now;
    }

    /** Changes the reference, designation, kind or provider. */
    public void describe(String newCode, String newName, Kind newKind, @Nullable String newProvider, Instant now) {
        this.code = newCode.strip();
        this.name = newName.strip();
        this.kind = newKind;
        this.provider = newProvider == null || newProvider.isBlank() ? null : newProvider.strip();
        this.updatedAt = now;
        reindex();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Reference and designation, normalised, as the product search matches them (see {@link SearchText}). */
    public String searchText() {
        return searchText;
    }

    @PrePersist
    @PreUpdate
    void reindex() {
        java.util.List<String> words = new java.util.ArrayList<>();
        words.add(SearchText.normalize(code));
        words.addAll(SearchText.words(code));
        words.addAll(SearchText.words(name));
        words.addAll(SearchText.words(provider));
        this.searchText = SearchText.document(words.stream().distinct().toList());
    }
}
