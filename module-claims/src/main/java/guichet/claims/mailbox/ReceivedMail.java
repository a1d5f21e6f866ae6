package guichet.claims.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An inbound mail as the door reads it.
 *
 * @param key its Message-ID, or {@code sha256:} and the hash of its bytes when it has none
 * @param inReplyTo its {@code In-Reply-To} header, if any
 * @param references its {@code References} header, if any
 * @param subject its subject, blank if none
 * @param fromEmail the sender's address, lower case; blank if it has none
 * @param fromName the sender's name, if given
 * @param text its text: the text/plain part, else the HTML part as text; blank if it has neither
 * @param attachments its attached files
 * @param automatic why it is an automatic mail to leave alone (auto-reply, bounce…), or {@code null} for a person's
 */
record ReceivedMail(
        String key,
        @Nullable String inReplyTo,
        @Nullable String references,
        String subject,
        String fromEmail,
        @Nullable String fromName,
        String text,
        List<Attachment> attachments,
        @Nullable String automatic) {

    /**
     * A file attached to the mail.
     *
     * @param size its size once decoded, in bytes
     * @param content opens it, decoded; read while the mail it came from is open ({@link SpooledMail})
     */
    record Attachment(String filename, String contentType, long size, Content content) {}

    /** Where an attachment's bytes are read from. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }
}
