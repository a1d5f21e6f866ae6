package guichet.claims.desk;

import guichet.platform.ids.TicketId;
import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What someone wrote on a ticket: the customer's message, a staff reply (both public) or a hidden note the customer
 * never sees (seed 003). It always says who wrote it (seed 004).
 */
@Entity
@Table(name = "clm_message")
public class Message {

    /** The most a message may hold. */
    public static final int MAX_LENGTH = 20_000;

    /**
     * Where a mail in a known customer's name stands when the receiving server did not vouch for its sender (ADR 0037):
     * hidden from the customer until an agent confirms it, or rejects it.
     */
    public enum SenderCheck {
        PENDING,
        CONFIRMED,
        REJECTED
    }

    @Id
    private UUID id;

    private UUID ticketId;
    private boolean hidden;
    private boolean fromStaff;
    private @Nullable UUID authorUserId;
    private String authorName;
    private String body;
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private @Nullable SenderCheck senderCheck;

    private @Nullable String claimedEmail;

    protected Message() {}

    public Message(
            TicketId ticket,
            boolean hidden,
            boolean fromStaff,
            @Nullable UserId author,
            String authorName,
            String body,
            Instant now) {
        this.id = UUID.randomUUID();
        this.ticketId = ticket.value();
        this.hidden = hidden;
        this.fromStaff = fromStaff;
        this.authorUserId = author == null ? null : author.value();
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public TicketId ticket() {
        return new TicketId(ticketId);
    }

    /** A note for the staff only. */
    public boolean hidden() {
        return hidden;
    }

    public boolean fromStaff() {
        return fromStaff;
    }

    public Optional<UserId> author() {
        return Optional.ofNullable(authorUserId).map(UserId::new);
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Where the check of its sender stands, for a mail whose sender was not vouched for; empty for any other. */
    public Optional<SenderCheck> senderCheck() {
        return Optional.ofNullable(senderCheck);
    }

    /** Whether an agent has yet to confirm or reject who sent it. */
    public boolean toConfirm() {
        return senderCheck == SenderCheck.PENDING;
    }

    /** The address the mail claimed to come from, for a mail whose sender was not vouched for. */
    public Optional<String> claimedEmail() {
        return Optional.ofNullable(claimedEmail);
    }

    /** Holds a mail whose sender was not vouched for: hidden from the customer until an agent confirms it. */
    public void hold(String claimedFrom) {
        this.hidden = true;
        this.senderCheck = SenderCheck.PENDING;
        this.claimedEmail = claimedFrom;
    }

    /** An agent confirmed who sent it: the customer's message now, public. */
    public void confirmSender() {
        this.hidden = false;
        this.senderCheck = SenderCheck.CONFIRMED;
    }

    /** An agent rejected it: it stays hidden, marked so. */
    public void rejectSender() {
        this.senderCheck = SenderCheck.REJECTED;
    }

    /** Erases what an anonymised customer wrote, keeping that he wrote. */
    public void redact(String replacement, String author) {
        this.body = replacement;
        this.authorName = author;
    }
}
