package guichet.shops.stock;

import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A serial-numbered item (a phone, a 4G key, a SIM card) from its receipt to the sale that takes it: where it is, and
 * whether it is still in stock there. Written only by {@link StockLedger}.
 */
@Entity
@Immutable
@Table(name = "shp_stock_item")
public class StockItem {

    /** Where an item stands. */
    public enum Status {
        IN_STOCK,
        SOLD,
        /** In stock until a count did not find it. */
        MISSING
    }

    @Id
    private UUID id;

    private UUID productId;
    private String serialNumber;
    private UUID siteId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable UUID saleId;
    private Instant receivedAt;
    private Instant updatedAt;

    protected StockItem() {}

    public ProductId product() {
        return new ProductId(productId);
    }

    public String serialNumber() {
        return serialNumber;
    }

    /** The site that holds it, or that sold it. */
    public SiteId site() {
        return new SiteId(siteId);
    }

    public Status status() {
        return status;
    }

    public Optional<SaleId> sale() {
        return Optional.ofNullable(saleId).map(SaleId::new);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
