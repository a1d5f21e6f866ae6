package guichet.claims.mailbox;

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
 * A mail the door read, by its Message-ID (or the hash of its bytes): what became of it. Its key is unique, so the same
 * mail read twice (a retry after a crash, a copy delivered twice) never makes a second ticket.
 */
@Entity
@Table(name = "clm_inbound_mail")
class InboundMail {

    /** What the door did with the mail. */
    enum Outcome {
        /** A new ticket. */
        OPENED,
        /** A message on an existing ticket. */
        ADDED,
        /** An automatic mail (auto-reply, bounce, our own): read and left alone. */
        IGNORED,
        /** Not taken yet: the mail stays unread on the server and is tried again, a few times. */
        FAILED
    }

    @Id
    private UUID id;

    private String messageKey;
    private @Nullable String fromEmail;
    private @Nullable String subject;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private @Nullable UUID ticketId;
    private int attempts;
    private @Nullable String error;
    private Instant receivedAt;
    private Instant updatedAt;

    protected InboundMail() {}

    InboundMail(String messageKey, @Nullable String fromEmail, @Nullable String subject, Instant now) {
        this.id = UUID.randomUUID();
        this.messageKey = messageKey;
        this.fromEmail = fromEmail == null ? null : MailText.cut(fromEmail, 320);
        this.subject = subject == null ? null : MailText.cut(subject, 1000);
        this.outcome = Outcome.FAILED;
        this.receivedAt = now;
        this.updatedAt = now;
    }

    void done(Outcome outcome, @Nullable UUID ticketId, Instant now) {
        this.outcome = outcome;
        this.ticketId = ticketId;
        this.attempts++;
        this.error = null;
        this.updatedAt = now;
    }

    void failed(String error, Instant now) {
        this.outcome = Outcome.FAILED;
        this.attempts++;
        this.error = MailText.cut(error, 1000);
        this.updatedAt = now;
    }

    String messageKey() {
        return messageKey;
    }

    Outcome outcome() {
        return outcome;
    }

    Optional<UUID> ticketId() {
        return Optional.ofNullable(ticketId);
    }

    int attempts() {
        return attempts;
    }

    Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
