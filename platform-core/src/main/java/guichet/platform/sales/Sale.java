package guichet.platform.sales;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A product sold to a customer, or ordered and not yet delivered (seed 001: a ticket may concern an order or a product
 * already delivered). Registered by a seller (seed 004).
 */
@Entity
@Table(name = "core_sale")
public class Sale {

    /** Ordered, then delivered. */
    public enum Status {
        ORDERED,
        DELIVERED
    }

    @Id
    private UUID id;

    private UUID customerId;
    private UUID productId;
    private @Nullable String serialNumber;
    private LocalDate soldOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable LocalDate deliveredOn;
    private @Nullable UUID sellerUserId;
    private @Nullable UUID siteId;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected Sale() {}

    private Sale(
            CustomerId customer,
            ProductId product,
            @Nullable SerialNumber serial,
            LocalDate soldOn,
            Status status,
            @Nullable UserId seller,
            @Nullable SiteId site,
            Instant now) {
        this.id = UUID.randomUUID();
        this.customerId = customer.value();
        this.productId = product.value();
        this.serialNumber = serial == null ? null : serial.value();
        this.soldOn = soldOn;
        this.status = status;
        this.deliveredOn = status == Status.DELIVERED ? soldOn : null;
        this.sellerUserId = seller == null ? null : seller.value();
        this.siteId = site == null ? null : site.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A product handed over to the customer on {@code soldOn}. */
    public static Sale delivered(
            CustomerId customer,
            ProductId product,
            @Nullable SerialNumber serial,
            LocalDate soldOn,
            @Nullable UserId seller,
            @Nullable SiteId site,
            Instant now) {
        return new Sale(customer, product, serial, soldOn, Status.DELIVERED, seller, site, now);
    }

    /** A product ordered on {@code orderedOn}, to be delivered later. */
    public static Sale ordered(
            CustomerId customer,
            ProductId product,
            @Nullable SerialNumber serial,
            LocalDate orderedOn,
            @Nullable UserId seller,
            @Nullable SiteId site,
            Instant now) {
        return new Sale(customer, product, serial, orderedOn, Status.ORDERED, seller, site, now);
    }

    public SaleId id() {
        return new SaleId(id);
    }

    public CustomerId customer() {
        return new CustomerId(customerId);
    }

    public ProductId product() {
        return new ProductId(productId);
    }

    public Optional<SerialNumber> serialNumber() {
        return Optional.ofNullable(serialNumber).map(SerialNumber::new);
    }

    /** The day of the sale, or of the order while not delivered. */
    public LocalDate soldOn() {
        return soldOn;
    }

    public Status status() {
        return status;
    }

    public Optional<LocalDate> deliveredOn() {
        return Optional.ofNullable(deliveredOn);
    }

    public Optional<UserId> seller() {
        return Optional.ofNullable(sellerUserId).map(UserId::new);
    }

    public Optional<SiteId> site() {
        return Optional.ofNullable(siteId).map(SiteId::new);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Marks an order delivered; a delivered sale stays as it is. */
    public void deliver(LocalDate on, Instant now) {
        if (status == Status.ORDERED) {
            this.status = Status.DELIVERED;
            this.deliveredOn = on;
            this.updatedAt = now;
        }
    }

    /** Moves the sale to another customer (after a merge). */
    public void transferTo(CustomerId survivor, Instant now) {
        this.customerId = survivor.value();
        this.updatedAt = now;
    }
}
