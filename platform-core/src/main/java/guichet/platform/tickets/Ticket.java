package guichet.platform.tickets;

import guichet.platform.catalog.ProductId;
import guichet.platform.customers.CustomerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's request or incident. Its status and priority are codes the claims module configures per tenant; a
 * ticket with no customer comes from someone not yet identified.
 */
@Entity
@Table(name = "core_ticket")
public class Ticket {

    @Id
    private UUID id;

    private String number;
    private String title;
    private String status;
    private String priority;
    private @Nullable UUID customerId;
    private @Nullable UUID productId;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant closedAt;

    @Version
    private int version;

    protected Ticket() {}

    public Ticket(
            String number,
            String title,
            String status,
            String priority,
            @Nullable CustomerId customer,
            @Nullable ProductId product,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.title = title;
        this.status = status;
        this.priority = priority;
        this.customerId = customer == null ? null : customer.value();
        this.productId = product == null ? null : product.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public TicketId id() {
        return new TicketId(id);
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String status() {
        return status;
    }

    public String priority() {
        return priority;
    }

    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customerId).map(CustomerId::new);
    }

    public Optional<ProductId> product() {
        return Optional.ofNullable(productId).map(ProductId::new);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public void retitle(String newTitle, Instant now) {
        this.title = newTitle;
        this.updatedAt = now;
    }

    public void changeStatus(String newStatus, boolean closing, Instant now) {
        this.status = newStatus;
        this.closedAt = closing ? now : null;
        this.updatedAt = now;
    }

    public void changePriority(String newPriority, Instant now) {
        this.priority = newPriority;
        this.updatedAt = now;
    }

    public void attachTo(CustomerId customer, Instant now) {
        this.customerId = customer.value();
        this.updatedAt = now;
    }

    /** Marks activity on the ticket, so lists ordered by last activity show it first. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
