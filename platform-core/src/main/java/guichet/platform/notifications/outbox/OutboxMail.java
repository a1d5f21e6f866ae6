package guichet.platform.notifications.outbox;

import guichet.platform.persistence.StoredOnce;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One mail of the outbox: waiting, sent, or given up. Its id is the mail's, given before, so that writing it is one
 * batched {@code INSERT} ({@link StoredOnce}).
 */
@Entity
@Table(name = "core_outbox_mail")
class OutboxMail extends StoredOnce {

    private String kind;
    private String recipient;
    private @Nullable String recipientName;
    private String subject;
    private String textBody;
    private @Nullable String htmlBody;
    private String messageId;
    private @Nullable String inReplyTo;
    private @Nullable String referencesHeader;
    private @Nullable String replyTo;
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable Instant lastAttemptAt;
    private @Nullable Instant sentAt;
    private @Nullable Instant failedAt;
    private @Nullable String lastError;

    protected OutboxMail() {}

    /** A mail due at once. */
    OutboxMail(OutgoingMail mail, Instant now) {
        super(mail.id());
        this.kind = mail.kind();
        this.recipient = mail.to();
        this.recipientName = mail.toName().isBlank() ? null : truncated(mail.toName(), 200);
        this.subject = truncated(mail.subject(), 300);
        this.textBody = truncated(mail.text(), 20_000);
        this.htmlBody = mail.html() == null || mail.html().length() > 40_000 ? null : mail.html();
        this.messageId = mail.messageId();
        this.inReplyTo = mail.inReplyTo();
        this.referencesHeader = mail.references();
        this.replyTo = mail.replyTo();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The mail server took it. */
    void sent(Instant now) {
        this.attempts++;
        this.lastAttemptAt = now;
        this.sentAt = now;
        this.lastError = null;
    }

    /** The mail server did not take it: retried later, or given up once it has waited long enough. */
    void failed(Instant now, String error, NotificationsProperties settings) {
        this.attempts++;
        this.lastAttemptAt = now;
        this.lastError = truncated(error, 1000);
        if (!now.isBefore(createdAt.plus(settings.giveUpAfter()))) {
            this.failedAt = now;
        } else {
            this.nextAttemptAt = now.plus(settings.retryDelay(attempts));
        }
    }

    UUID id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String recipient() {
        return recipient;
    }

    Optional<String> recipientName() {
        return Optional.ofNullable(recipientName);
    }

    String subject() {
        return subject;
    }

    String textBody() {
        return textBody;
    }

    Optional<String> htmlBody() {
        return Optional.ofNullable(htmlBody);
    }

    String messageId() {
        return messageId;
    }

    Optional<String> inReplyTo() {
        return Optional.ofNullable(inReplyTo);
    }

    Optional<String> references() {
        return Optional.ofNullable(referencesHeader);
    }

    Optional<String> replyTo() {
        return Optional.ofNullable(replyTo);
    }

    Instant createdAt() {
        return createdAt;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    Optional<Instant> failedAt() {
        return Optional.ofNullable(failedAt);
    }

    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
