package guichet.claims.mailbox;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import guichet.devstack.LocalMailServer;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Mail as it reaches a tenant's mailbox on this test JVM's in-process GreenMail: delivered exactly as written (headers
 * included), and read back from the server's side to see whether Guichet flagged it read.
 */
final class MailDrop {

    /** The PDF file {@link #withPdf} attaches. */
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Facture 2026-118\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.ISO_8859_1);

    private static final Session SESSION = Session.getInstance(utf8());

    private MailDrop() {}

    static int imapPort() {
        return server().getImap().getPort();
    }

    /** A new, empty mailbox address of its own. */
    static String newMailbox(String prefix) {
        String address = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@support.test";
        server().setUser(address, address, "secret");
        return address;
    }

    /** A unique Message-ID, as a sender's mail program would make it. */
    static String messageId() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    /** A plain-text mail, with any further headers ({@code Name: value}). */
    static String mail(String messageId, String from, String to, String subject, String body, String... headers) {
        StringBuilder text = new StringBuilder();
        if (messageId != null) {
            text.append("Message-ID: ").append(messageId).append("\r\n");
        }
        text.append("From: ").append(from).append("\r\n");
        text.append("To: ").append(to).append("\r\n");
        text.append("Subject: ").append(subject).append("\r\n");
        text.append("Date: Sun, 29 Nov 2026 10:00:00 +0100\r\n");
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        text.append("MIME-Version: 1.0\r\n");
        text.append("Content-Type: text/plain; charset=UTF-8\r\n");
        text.append("Content-Transfer-Encoding: 8bit\r\n\r\n");
        text.append(body.replace("\n", "\r\n")).append("\r\n");
        return text.toString();
    }

    /** A mail whose text comes with a small PDF file, {@code facture.pdf}. */
    static String withPdf(String messageId, String from, String to, String subject, String body) {
        String pdf = Base64.getMimeEncoder().encodeToString(PDF);
        return String.join(
                "\r\n",
                "Message-ID: " + messageId,
                "From: " + from,
                "To: " + to,
                "Subject: " + subject,
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                body,
                "--b1",
                "Content-Type: application/pdf; name=\"facture.pdf\"",
                "Content-Disposition: attachment; filename=\"facture.pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                pdf,
                "--b1--",
                "");
    }

    /** Delivers the mail, as written, into the mailbox. */
    static void deliver(String mailbox, String raw) {
        try {
            MimeMessage message =
                    new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            server().getUserManager().getUser(mailbox).deliver(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether every copy of the mail with this Message-ID in the mailbox is flagged read. */
    static boolean seen(String mailbox, String messageId) {
        List<StoredMessage> copies = copies(mailbox, messageId);
        if (copies.isEmpty()) {
            throw new IllegalStateException("No mail " + messageId + " in " + mailbox);
        }
        return copies.stream().allMatch(copy -> copy.isSet(Flags.Flag.SEEN));
    }

    /** Whether no copy of the mail with this Message-ID in the mailbox is flagged read. */
    static boolean unseen(String mailbox, String messageId) {
        return copies(mailbox, messageId).stream().noneMatch(copy -> copy.isSet(Flags.Flag.SEEN));
    }

    private static List<StoredMessage> copies(String mailbox, String messageId) {
        try {
            return server()
                    .getManagers()
                    .getImapHostManager()
                    .getInbox(server().getUserManager().getUser(mailbox))
                    .getMessages()
                    .stream()
                    .filter(stored -> {
                        try {
                            return messageId.equals(stored.getMimeMessage().getMessageID());
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties utf8() {
        Properties properties = new Properties();
        properties.put("mail.mime.allowutf8", "true");
        return properties;
    }

    private static GreenMail server() {
        GreenMail server = LocalMailServer.current();
        if (server == null) {
            throw new IllegalStateException("No in-process mail server in this JVM");
        }
        return server;
    }
}
