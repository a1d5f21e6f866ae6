package guichet.platform.tickets;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.TicketId;
import guichet.platform.ids.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What every module may read of a ticket ({@code core_ticket}), mapped once for the two classes that map the row:
 * platform core's read-only {@link Ticket}, and the claims module's own ticket, which alone changes it (its lifecycle,
 * SLA deadlines, assignment, searchable text). Accessors only: the fields are set by the claims module's subclass,
 * never here nor anywhere else in platform core (an architecture test says so).
 */
@MappedSuperclass
public abstract class AbstractTicket {

    @Id
    protected UUID id;

    protected String number;
    protected String title;
    protected String status;
    protected String priority;
    protected @Nullable String type;

    @Enumerated(EnumType.STRING)
    protected Ticket.Category category;

    @Enumerated(EnumType.STRING)
    protected Ticket.Channel channel;

    protected @Nullable UUID customerId;
    protected @Nullable UUID productId;
    protected @Nullable UUID saleId;
    protected @Nullable UUID siteId;
    protected @Nullable UUID createdByUserId;

    /** Kept by the database from the customer's name (a trigger), whatever changed it. */
    @Column(insertable = false, updatable = false)
    protected @Nullable String customerName;

    protected Instant createdAt;
    protected Instant updatedAt;
    protected @Nullable Instant closedAt;
    protected @Nullable Instant resolvedAt;

    protected AbstractTicket() {}

    public TicketId id() {
        return new TicketId(id);
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The tenant's status code. */
    public String status() {
        return status;
    }

    public Ticket.Category category() {
        return category;
    }

    public boolean isOpen() {
        return category.isOpen();
    }

    public String priority() {
        return priority;
    }

    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    public Ticket.Channel channel() {
        return channel;
    }

    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customerId).map(CustomerId::new);
    }

    /** The customer's name as last known, for lists; empty for an unidentified author. */
    public Optional<String> customerName() {
        return Optional.ofNullable(customerName);
    }

    public Optional<ProductId> product() {
        return Optional.ofNullable(productId).map(ProductId::new);
    }

    /** The sale (the customer's purchase or order) the ticket is about, if any. */
    public Optional<SaleId> sale() {
        return Optional.ofNullable(saleId).map(SaleId::new);
    }

    /** The agency where the demand was recorded (seed 000). */
    public Optional<SiteId> site() {
        return Optional.ofNullable(siteId).map(SiteId::new);
    }

    /** The staff member or customer account that opened the ticket; empty for an e-mail or API ticket. */
    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdByUserId).map(UserId::new);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The last activity on the ticket: lists are ordered by it. */
    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }
}
