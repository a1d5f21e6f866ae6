package guichet.platform.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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

    public void withdrawFromSale(Instant now) {
        this.onSale = false;
        this.updatedAt = now;
    }

    public void putOnSale(Instant now) {
        this.onSale = true;
        this.updatedAt = now;
    }
}
