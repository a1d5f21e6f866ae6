package guichet.platform.tickets;

import guichet.platform.catalog.ProductId;
import guichet.platform.customers.CustomerId;
import guichet.platform.sales.SaleId;
import guichet.platform.sites.SiteId;
import guichet.platform.users.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A customer's request or incident. Its status, priority and type are codes the claims module configures per tenant;
 * each status belongs to one fixed {@link Category}. A ticket with no customer comes from someone not yet identified
 * (an e-mail from an unknown address): its author's address and name say who wrote.
 *
 * <p>Everything a list of tickets shows, filters or sorts on is kept on this row (the customer's name, the assignees'
 * names, who acted last, the SLA deadlines, the searchable text), so that a list over a million tickets is one indexed
 * query.
 */
@Entity
@Table(name = "core_ticket")
public class Ticket {

    /** The fixed lifecycle every tenant's own statuses map to. */
    public enum Category {
        NEW,
        IN_PROGRESS,
        WAITING,
        RESOLVED,
        CLOSED;

        /** New, in progress or waiting on the customer. */
        public boolean isOpen() {
            return this == NEW || this == IN_PROGRESS || this == WAITING;
        }
    }

    /** Where a ticket came in. */
    public enum Channel {
        /** The customer's self-service portal. */
        PORTAL,
        /** A staff member, on behalf of a customer. */
        STAFF,
        /** An agent at his agency, for a walk-in client (seed 000). */
        COUNTER,
        /** An e-mail to the tenant's mailbox (seed 003). */
        EMAIL,
        /** Another system, through the REST API. */
        API
    }

    @Id
    private UUID id;

    private String number;
    private String title;
    private String status;
    private String priority;
    private @Nullable String type;

    @Enumerated(EnumType.STRING)
    private Category category = Category.NEW;

    @Enumerated(EnumType.STRING)
    private Channel channel = Channel.STAFF;

    private @Nullable UUID customerId;
    private @Nullable UUID productId;
    private @Nullable UUID saleId;
    private @Nullable UUID siteId;
    private @Nullable UUID createdByUserId;
    private @Nullable String authorEmail;
    private @Nullable String authorName;

    /** Kept by the database from the customer's name (a trigger), whatever changed it. */
    @Column(insertable = false, updatable = false)
    private @Nullable String customerName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private UUID[] assigneeIds = new UUID[0];

    private @Nullable String assigneeNames;
    private @Nullable String lastActivityBy;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant closedAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant firstRespondedAt;
    private @Nullable Instant firstResponseDueAt;
    private @Nullable Instant resolutionDueAt;
    private String searchText = "";
    private boolean awaitingCustomer;

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

    /** The tenant's status code. */
    public String status() {
        return status;
    }

    public Category category() {
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

    public Channel channel() {
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

    /** The address the ticket came from, for a ticket opened by e-mail. */
    public Optional<String> authorEmail() {
        return Optional.ofNullable(authorEmail);
    }

    public Optional<String> authorName() {
        return Optional.ofNullable(authorName);
    }

    /** The names of the staff members assigned, as lists show them. */
    public Optional<String> assigneeNames() {
        return Optional.ofNullable(assigneeNames);
    }

    /** Who acted on the ticket last, as lists show it. */
    public Optional<String> lastActivityBy() {
        return Optional.ofNullable(lastActivityBy);
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

    public Optional<Instant> firstRespondedAt() {
        return Optional.ofNullable(firstRespondedAt);
    }

    public Optional<Instant> firstResponseDueAt() {
        return Optional.ofNullable(firstResponseDueAt);
    }

    public Optional<Instant> resolutionDueAt() {
        return Optional.ofNullable(resolutionDueAt);
    }

    /** Whether the customer is expected to answer: the staff spoke last on an open ticket (seed 004). */
    public boolean awaitingCustomer() {
        return awaitingCustomer;
    }

    /** Records whether the customer is expected to answer. */
    public void awaitCustomer(boolean awaiting) {
        this.awaitingCustomer = awaiting;
    }

    /** Forgets the address and name of who wrote in (an anonymised customer). */
    public void forgetAuthor() {
        this.authorEmail = null;
        this.authorName = null;
    }

    /** The normalised text full-text search runs over. */
    public String searchText() {
        return searchText;
    }

    /** Where the ticket came from and who opened it. */
    public Ticket openedThrough(
            Channel through, @Nullable UserId by, @Nullable String fromEmail, @Nullable String fromName) {
        this.channel = through;
        this.createdByUserId = by == null ? null : by.value();
        this.authorEmail = fromEmail;
        this.authorName = fromName;
        return this;
    }

    public void retitle(String newTitle, Instant now) {
        this.title = newTitle;
        this.updatedAt = now;
    }

    /** Moves the ticket to a status of the tenant's, in its category. Resolving or closing dates it; reopening clears. */
    public void changeStatus(String newStatus, Category newCategory, Instant now) {
        this.status = newStatus;
        this.category = newCategory;
        switch (newCategory) {
            case RESOLVED -> {
                this.resolvedAt = now;
                this.closedAt = null;
            }
            case CLOSED -> {
                this.closedAt = now;
                if (resolvedAt == null) {
                    this.resolvedAt = now;
                }
            }
            default -> {
                this.resolvedAt = null;
                this.closedAt = null;
            }
        }
        this.updatedAt = now;
    }

    public void changePriority(String newPriority, Instant now) {
        this.priority = newPriority;
        this.updatedAt = now;
    }

    public void changeType(@Nullable String newType, Instant now) {
        this.type = newType;
        this.updatedAt = now;
    }

    public void attachTo(CustomerId customer, Instant now) {
        this.customerId = customer.value();
        this.updatedAt = now;
    }

    /** The product, and the sale of it, the ticket is about; {@code null}s for none. */
    public void concern(@Nullable ProductId product, @Nullable SaleId sale, Instant now) {
        this.productId = product == null ? null : product.value();
        this.saleId = sale == null ? null : sale.value();
        this.updatedAt = now;
    }

    /** Records the agency the demand was made at (seed 000). */
    public void recordedAt(@Nullable SiteId site) {
        this.siteId = site == null ? null : site.value();
    }

    /** The staff members assigned, none for an unassigned ticket. */
    public List<UserId> assignees() {
        return Arrays.stream(assigneeIds).map(UserId::new).toList();
    }

    /**
     * Records who is assigned, and their names as lists show them (the assignment's history belongs to the claims
     * module).
     */
    public void assign(List<UserId> staff, @Nullable String names) {
        this.assigneeIds = staff.stream().map(UserId::value).distinct().toArray(UUID[]::new);
        this.assigneeNames = staff.isEmpty() || names == null || names.isBlank() ? null : names;
    }

    /** The first staff reply, once. */
    public void firstResponse(Instant at) {
        if (firstRespondedAt == null) {
            this.firstRespondedAt = at;
        }
    }

    /** The SLA deadlines as computed by the claims module; {@code null} for none. */
    public void deadlines(@Nullable Instant firstResponseDue, @Nullable Instant resolutionDue) {
        this.firstResponseDueAt = firstResponseDue;
        this.resolutionDueAt = resolutionDue;
    }

    /** Replaces the searchable text (already normalised with {@code SearchText}). */
    public void index(String normalizedText) {
        this.searchText = normalizedText;
    }

    /** Marks activity on the ticket by someone, so lists ordered by last activity show it first with his name. */
    public void touch(Instant now, @Nullable String by) {
        this.updatedAt = now;
        this.lastActivityBy = by;
    }

    /** Marks activity on the ticket, so lists ordered by last activity show it first. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
