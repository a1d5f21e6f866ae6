package guichet.claims.desk;

import guichet.platform.ids.TicketId;
import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One action in a ticket's timeline (seed 003: « un historique des actions réalisées avec date »): who, when, what. */
@Entity
@Table(name = "clm_event")
public class TimelineEntry {

    /** What happened; the page's label is {@code claims.action.<name>}. */
    public enum Action {
        OPENED,
        REPLIED,
        NOTED,
        ASKED_PRECISION,
        CHANGED,
        ASSIGNED,
        MENTIONED,
        REMINDER_SET,
        REMINDED,
        CUSTOMER_ATTACHED,
        CANCELLED,
        RATED,
        ATTACHED,
        SLA_WARNING,
        SLA_BREACHED,
        /** A mail in a known customer's name, its sender not vouched for, held for an agent (ADR 0037). */
        HELD,
        SENDER_CONFIRMED,
        SENDER_REJECTED
    }

    @Id
    private UUID id;

    private UUID ticketId;
    private Instant occurredAt;
    private @Nullable UUID actorUserId;
    private String actorName;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    private @Nullable String field;
    private @Nullable String fromValue;
    private @Nullable String toValue;
    private @Nullable UUID messageId;
    private boolean visibleToCustomer;

    protected TimelineEntry() {}

    public TimelineEntry(
            TicketId ticket,
            Instant at,
            @Nullable UserId actor,
            String actorName,
            Action action,
            boolean visibleToCustomer) {
        this.id = UUID.randomUUID();
        this.ticketId = ticket.value();
        this.occurredAt = at;
        this.actorUserId = actor == null ? null : actor.value();
        this.actorName = actorName;
        this.action = action;
        this.visibleToCustomer = visibleToCustomer;
    }

    /** A change of field, from a value to another (as shown, not as stored). */
    public TimelineEntry change(String changedField, @Nullable String from, @Nullable String to) {
        this.field = changedField;
        this.fromValue = clip(from);
        this.toValue = clip(to);
        return this;
    }

    public TimelineEntry about(Message message) {
        this.messageId = message.id();
        return this;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<UserId> actor() {
        return Optional.ofNullable(actorUserId).map(UserId::new);
    }

    public String actorName() {
        return actorName;
    }

    public Action action() {
        return action;
    }

    public @Nullable String field() {
        return field;
    }

    public @Nullable String fromValue() {
        return fromValue;
    }

    public @Nullable String toValue() {
        return toValue;
    }

    public Optional<UUID> message() {
        return Optional.ofNullable(messageId);
    }

    public boolean visibleToCustomer() {
        return visibleToCustomer;
    }

    void renameActor(String name) {
        this.actorName = name;
    }

    private static @Nullable String clip(@Nullable String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 499) + "…";
    }
}
