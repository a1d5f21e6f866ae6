package guichet.quotes.request;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request for a quote: whose, what he wants, his message, the ticket it came from (its id and number only: the
 * claims module is not a dependency), and an optional appointment whose slot staff confirm. Changed through
 * {@link QuoteRequestDesk} only.
 */
@Entity
@Table(name = "quo_request")
public class QuoteRequest {

    /** Who asked. */
    public enum Channel {
        PORTAL,
        STAFF,
        API
    }

    @Id
    private UUID id;

    private String number;
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String message;
    private @Nullable UUID ticketId;
    private @Nullable String ticketNumber;

    @Enumerated(EnumType.STRING)
    private @Nullable Appointment appointment;

    private @Nullable UUID siteId;
    private @Nullable Instant wishedAt;
    private @Nullable Instant slotAt;
    private @Nullable Instant slotConfirmedAt;
    private @Nullable UUID slotConfirmedBy;
    private @Nullable Instant remindedAt;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private @Nullable UUID quoteId;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "quo_request_item", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<RequestedItem> items = new ArrayList<>();

    @Version
    private int version;

    protected QuoteRequest() {}

    QuoteRequest(
            String number,
            CustomerId customer,
            Channel channel,
            String message,
            List<RequestedItem> items,
            UserId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.customerId = customer.value();
        this.channel = channel;
        this.message = message;
        this.items = new ArrayList<>(items);
        this.status = RequestStatus.NEW;
        this.createdBy = by.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void fromTicket(UUID ticket, String ticketNo) {
        this.ticketId = ticket;
        this.ticketNumber = ticketNo;
    }

    void wish(Appointment kind, @Nullable SiteId site, Instant at) {
        this.appointment = kind;
        this.siteId = site == null ? null : site.value();
        this.wishedAt = at;
    }

    void confirm(Instant slot, @Nullable SiteId site, UserId by, Instant now) {
        this.slotAt = slot;
        this.slotConfirmedBy = by.value();
        if (site != null) {
            this.siteId = site.value();
        }
        this.slotConfirmedAt = now;
        this.remindedAt = null;
        this.status = RequestStatus.SCHEDULED;
        this.updatedAt = now;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    void quoted(UUID quote, Instant now) {
        this.quoteId = quote;
        this.status = RequestStatus.QUOTED;
        this.updatedAt = now;
    }

    void close(Instant now) {
        this.status = RequestStatus.CLOSED;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public CustomerId customer() {
        return new CustomerId(customerId);
    }

    public Channel channel() {
        return channel;
    }

    public String message() {
        return message;
    }

    public Optional<String> ticketNumber() {
        return Optional.ofNullable(ticketNumber);
    }

    public Optional<Appointment> appointment() {
        return Optional.ofNullable(appointment);
    }

    public Optional<SiteId> site() {
        return Optional.ofNullable(siteId).map(SiteId::new);
    }

    public @Nullable Instant wishedAt() {
        return wishedAt;
    }

    public @Nullable Instant slotAt() {
        return slotAt;
    }

    public boolean slotConfirmed() {
        return slotConfirmedAt != null;
    }

    public Optional<UserId> slotConfirmedBy() {
        return Optional.ofNullable(slotConfirmedBy).map(UserId::new);
    }

    public @Nullable Instant remindedAt() {
        return remindedAt;
    }

    public RequestStatus status() {
        return status;
    }

    public Optional<UUID> quoteId() {
        return Optional.ofNullable(quoteId);
    }

    public UserId createdBy() {
        return new UserId(createdBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<RequestedItem> items() {
        return List.copyOf(items);
    }
}
