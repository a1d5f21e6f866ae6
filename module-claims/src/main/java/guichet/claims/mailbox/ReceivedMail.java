package guichet.claims.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * @param authenticationResults its {@code Authentication-Results} headers, topmost first (RFC 8601)
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
        @Nullable String automatic,
        List<String> authenticationResults) {

    /**
     * A file attached to the mail.
     *
     * @param encodedSize its size as sent (base64 or other transfer encoding), in bytes; -1 if unknown
     * @param content opens it, decoded; read while the mail it came from is open ({@link SpooledMail})
     */
    record Attachment(String filename, String contentType, long encodedSize, Content content) {

        /**
         * Whether the file, decoded, takes at most {@code maxBytes}. Decoding never makes a file larger than it was sent,
         * so only a file sent larger than that is read, and no further than one byte past it.
         */
        boolean fitsIn(long maxBytes) {
            if (encodedSize >= 0 && encodedSize <= maxBytes) {
                return true;
            }
            try (InputStream in = content.open()) {
                byte[] buffer = new byte[8192];
                long read = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    read += n;
                    if (read > maxBytes) {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Where an attachment's bytes are read from. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }
}
