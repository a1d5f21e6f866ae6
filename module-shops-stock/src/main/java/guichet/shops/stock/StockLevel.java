package guichet.shops.stock;

import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * How many of a product a site holds, and below which quantity its manager is alerted. Read here; written only by
 * {@link StockLedger}'s conditional statements, so that no two movements ever overwrite each other.
 */
@Entity
@Immutable
@Table(name = "shp_stock")
@IdClass(StockLevel.Key.class)
public class StockLevel {

    /** A site and a product, the row's key. */
    public static class Key implements Serializable {

        private @Nullable UUID siteId;
        private @Nullable UUID productId;

        protected Key() {}

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(siteId, key.siteId)
                    && java.util.Objects.equals(productId, key.productId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(siteId, productId);
        }
    }

    @Id
    private UUID siteId;

    @Id
    private UUID productId;

    private int quantity;
    private @Nullable Integer lowThreshold;
    private Instant updatedAt;

    protected StockLevel() {}

    public SiteId site() {
        return new SiteId(siteId);
    }

    public ProductId product() {
        return new ProductId(productId);
    }

    public int quantity() {
        return quantity;
    }

    public @Nullable Integer lowThreshold() {
        return lowThreshold;
    }

    /** Whether the quantity is at or under the threshold. */
    public boolean low() {
        return lowThreshold != null && quantity <= lowThreshold;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
