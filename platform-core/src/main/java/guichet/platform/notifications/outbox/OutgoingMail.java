package guichet.platform.notifications.outbox;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A rendered mail, ready for the outbox.
 *
 * @param id the outbox row's id
 * @param kind the notification kind it was sent for
 * @param to the recipient's address
 * @param toName the recipient's name (may be empty)
 * @param subject the subject
 * @param text the plain-text body
 * @param html the HTML body, or {@code null} for text only
 * @param messageId the {@code Message-ID}, angle brackets included
 * @param inReplyTo the {@code In-Reply-To} header, or {@code null}
 * @param references the {@code References} header, or {@code null}
 * @param replyTo the {@code Reply-To} address, or {@code null}
 */
public record OutgoingMail(
        UUID id,
        String kind,
        String to,
        String toName,
        String subject,
        String text,
        @Nullable String html,
        String messageId,
        @Nullable String inReplyTo,
        @Nullable String references,
        @Nullable String replyTo) {}
