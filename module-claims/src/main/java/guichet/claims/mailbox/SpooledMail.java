package guichet.claims.mailbox;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.util.SharedFileInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An inbound mail written to a temporary file (readable by this process's user only) as the server sends it, with the
 * SHA-256 of its bytes. It is parsed from the file, whose parts are read in place when needed, so a mail with large
 * attachments is never held whole in memory. Closing deletes the file.
 */
final class SpooledMail implements AutoCloseable {

    private final Path file;
    private final String sha256;
    private final SharedFileInputStream content;

    private SpooledMail(Path file, String sha256) throws IOException {
        this.file = file;
        this.sha256 = sha256;
        this.content = new SharedFileInputStream(file.toFile());
    }

    /** Copies a mail from the server, without marking it read. */
    static SpooledMail of(Message message) throws MessagingException, IOException {
        Path file = Files.createTempFile("guichet-mail-", ".eml");
        try {
            MessageDigest digest = newDigest();
            try (OutputStream out =
                    new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), digest)) {
                message.writeTo(out);
            }
            return new SpooledMail(file, HexFormat.of().formatHex(digest.digest()));
        } catch (MessagingException | IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** A mail given as bytes (tests, and mails read from elsewhere). */
    static SpooledMail of(byte[] raw) throws IOException {
        Path file = Files.createTempFile("guichet-mail-", ".eml");
        try {
            Files.write(file, raw);
            return new SpooledMail(file, HexFormat.of().formatHex(newDigest().digest(raw)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The mail's bytes, from the start; parts parsed from it keep reading the file, not a copy. */
    InputStream content() {
        return content.newStream(0, -1);
    }

    /** The SHA-256 of the mail's bytes, in hexadecimal. */
    String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        try {
            content.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
