package guichet.platform.testing;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import guichet.devstack.LocalMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mail this test JVM's in-process mail server received, as the people it was sent to would read it. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");
    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    private Mailbox() {}

    /** A received message, its subject and its body as text (quoted-printable decoded). */
    public record Mail(String to, String subject, String body) {

        /** The first link whose address contains the given text. */
        public String link(String containing) {
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group().replace("&amp;", "&");
                if (link.contains(containing)) {
                    return link;
                }
            }
            throw new IllegalStateException("No link with " + containing + " in:\n" + body);
        }

        /** The six-digit code the message carries. */
        public String code() {
            Matcher code = CODE.matcher(body);
            if (!code.find()) {
                throw new IllegalStateException("No six-digit code in:\n" + body);
            }
            return code.group(1);
        }
    }

    /** Waits for the newest message to this address whose subject contains the given text. */
    public static Mail waitFor(String to, String subjectContaining) {
        return waitFor(to, subjectContaining, 0);
    }

    /** Waits until at least {@code count + 1} such messages arrived, and returns the newest. */
    public static Mail waitFor(String to, String subjectContaining, int alreadySeen) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> newest(to, subjectContaining, alreadySeen), Optional::isPresent)
                .orElseThrow();
    }

    /** How many messages to this address whose subject contains the text arrived so far. */
    public static int count(String to, String subjectContaining) {
        return matching(to, subjectContaining).size();
    }

    /** Every message received for this address so far, as it was delivered (headers included), oldest first. */
    public static List<MimeMessage> received(String to) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> addressedTo(message, to))
                .toList();
    }

    /** How many of the messages received so far, to anyone, carry this {@code Message-ID}. */
    public static long countWithMessageId(String messageId) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> messageId.equals(header(message, "Message-ID")))
                .count();
    }

    /** A header of a message, or {@code null} if it has none. */
    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail server() {
        GreenMail server = LocalMailServer.current();
        if (server == null) {
            throw new IllegalStateException("No in-process mail server in this JVM");
        }
        return server;
    }

    private static Optional<Mail> newest(String to, String subjectContaining, int alreadySeen) {
        List<Mail> matching = matching(to, subjectContaining);
        return matching.size() > alreadySeen ? Optional.of(matching.getLast()) : Optional.empty();
    }

    private static List<Mail> matching(String to, String subjectContaining) {
        return received(to).stream()
                .map(Mailbox::read)
                .filter(mail -> mail.subject().contains(subjectContaining))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String to) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(to));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(
                    message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(), text(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text part of a message, decoded (quoted-printable, base64, charset), the plain text first. */
    private static String text(MimeMessage message) throws MessagingException {
        try {
            return text((Part) message);
        } catch (IOException | MessagingException e) {
            // Undecodable: the raw body, with quoted-printable's soft line breaks undone, is still searchable.
            return GreenMailUtil.getBody(message).replaceAll("=\\r?\\n", "").replace("=3D", "=");
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }
}
