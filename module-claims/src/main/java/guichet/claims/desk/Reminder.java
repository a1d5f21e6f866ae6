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

/** A reminder on an important ticket at a date and time (seed 001: « dans le cadre d'une GTR »). */
@Entity
@Table(name = "clm_reminder")
public class Reminder {

    @Id
    private UUID id;

    private UUID ticketId;
    private Instant dueAt;
    private @Nullable String note;
    private @Nullable UUID setByUserId;
    private String setByName;
    private Instant createdAt;
    private @Nullable Instant sentAt;
    private @Nullable Instant cancelledAt;

    protected Reminder() {}

    public Reminder(
            TicketId ticket, Instant due, @Nullable String note, @Nullable UserId by, String byName, Instant now) {
        this.id = UUID.randomUUID();
        this.ticketId = ticket.value();
        this.dueAt = due;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.setByUserId = by == null ? null : by.value();
        this.setByName = byName;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public TicketId ticket() {
        return new TicketId(ticketId);
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<UserId> setBy() {
        return Optional.ofNullable(setByUserId).map(UserId::new);
    }

    public String setByName() {
        return setByName;
    }

    public boolean pending() {
        return sentAt == null && cancelledAt == null;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public void sent(Instant now) {
        this.sentAt = now;
    }

    public void cancel(Instant now) {
        this.cancelledAt = now;
    }
}
