package guichet.claims.desk;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.tickets.AbstractTicket;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Ticket.Category;
import guichet.platform.tickets.Ticket.Channel;
import jakarta.persistence.Entity;
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
 * A ticket as the claims module handles it: the same {@code core_ticket} row every module reads as platform core's
 * read-only {@link Ticket}, with what only the service desk changes: its lifecycle (status and category, with their
 * resolution and closing dates), who is assigned, who acted last, its first response and SLA deadlines, « awaiting the
 * customer ». Every write of a ticket goes through this class, within the claims module; its searchable text is kept
 * beside it ({@link guichet.claims.search.TicketIndex}).
 *
 * <p>Everything a list of tickets shows, filters or sorts on is kept on this row (the customer's name, the assignees'
 * names, who acted last, the SLA deadlines), so that a list over a million tickets is one indexed
 * query (ADR 16). A ticket with no customer comes from someone not yet identified (an e-mail from an unknown address):
 * its author's address and name say who wrote.
 */
@Entity
@Table(name = "core_ticket")
public class Claim extends AbstractTicket {

    private @Nullable String authorEmail;
    private @Nullable String authorName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private UUID[] assigneeIds = new UUID[0];

    private @Nullable String assigneeNames;
    private @Nullable String lastActivityBy;
    private @Nullable Instant firstRespondedAt;
    private @Nullable Instant firstResponseDueAt;
    private @Nullable Instant resolutionDueAt;
    private Instant publicUpdatedAt;
    private boolean awaitingCustomer;

    @Version
    private int version;

    protected Claim() {}

    public Claim(
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
        this.category = Category.NEW;
        this.channel = Channel.STAFF;
        this.customerId = customer == null ? null : customer.value();
        this.productId = product == null ? null : product.value();
        this.createdAt = now;
        this.updatedAt = now;
        this.publicUpdatedAt = now;
    }

    /** The address the ticket came from, for a ticket opened by e-mail. */
    public Optional<String> authorEmail() {
        return Optional.ofNullable(authorEmail);
    }

    public Optional<String> authorName() {
        return Optional.ofNullable(authorName);
    }

    /** The staff members assigned, none for an unassigned ticket. */
    public List<UserId> assignees() {
        return Arrays.stream(assigneeIds).map(UserId::new).toList();
    }

    /** The names of the staff members assigned, as lists show them. */
    public Optional<String> assigneeNames() {
        return Optional.ofNullable(assigneeNames);
    }

    /** Who acted on the ticket last, as lists show it. */
    public Optional<String> lastActivityBy() {
        return Optional.ofNullable(lastActivityBy);
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

    /**
     * The last activity the customer can see (his portal lists sort on it): a hidden note or an internal action does
     * not move it, so that nobody outside can tell when one happened.
     */
    public Instant publicUpdatedAt() {
        return publicUpdatedAt;
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

    /** Where the ticket came from and who opened it. */
    public Claim openedThrough(
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

    /**
     * Records who is assigned, and their names as lists show them (the assignment's history is in the timeline).
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

    /** The SLA deadlines as the ticket's clock computed them; {@code null} for none. */
    public void deadlines(@Nullable Instant firstResponseDue, @Nullable Instant resolutionDue) {
        this.firstResponseDueAt = firstResponseDue;
        this.resolutionDueAt = resolutionDue;
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

    /** Marks activity the customer sees (a public message, a change of status…), which his lists sort on. */
    public void touchPublicly(Instant now) {
        this.publicUpdatedAt = now;
    }
}
