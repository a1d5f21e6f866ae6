package guichet.shops.stock;

import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the stock journal: a site's quantity of a product changed by {@code quantity} (negative when it went
 * down) to {@code balance}, why, with which serial numbers, by whom and when. Never changed nor deleted.
 */
@Entity
@Table(name = "shp_stock_movement")
public class Movement {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private MovementKind kind;

    private UUID siteId;
    private UUID productId;
    private int quantity;
    private int balance;
    private @Nullable String reason;
    private @Nullable UUID otherSiteId;
    private @Nullable UUID transferId;
    private @Nullable UUID saleId;
    private @Nullable String serials;
    private @Nullable UUID actorId;
    private String actorLabel;
    private Instant createdAt;

    protected Movement() {}

    Movement(
            MovementKind kind,
            SiteId site,
            ProductId product,
            int quantity,
            int balance,
            @Nullable String reason,
            @Nullable SiteId otherSite,
            @Nullable UUID transferId,
            @Nullable SaleId sale,
            List<String> serials,
            @Nullable UserId actor,
            String actorLabel,
            Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.siteId = site.value();
        this.productId = product.value();
        this.quantity = quantity;
        this.balance = balance;
        this.reason = reason;
        this.otherSiteId = otherSite == null ? null : otherSite.value();
        this.transferId = transferId;
        this.saleId = sale == null ? null : sale.value();
        this.serials = serials.isEmpty() ? null : String.join(" ", serials);
        this.actorId = actor == null ? null : actor.value();
        this.actorLabel = actorLabel;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public MovementKind kind() {
        return kind;
    }

    public SiteId site() {
        return new SiteId(siteId);
    }

    public ProductId product() {
        return new ProductId(productId);
    }

    public int quantity() {
        return quantity;
    }

    public int balance() {
        return balance;
    }

    public @Nullable String reason() {
        return reason;
    }

    public Optional<SiteId> otherSite() {
        return Optional.ofNullable(otherSiteId).map(SiteId::new);
    }

    public Optional<UUID> transfer() {
        return Optional.ofNullable(transferId);
    }

    public Optional<SaleId> sale() {
        return Optional.ofNullable(saleId).map(SaleId::new);
    }

    public List<String> serials() {
        return serials == null ? List.of() : Arrays.asList(serials.split(" "));
    }

    public String actorLabel() {
        return actorLabel;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
