package guichet.claims.mailbox;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw RFC 5322 mail: headers, the text the person wrote (text/plain preferred, else HTML as text), attached
 * files, and whether it is an automatic mail (RFC 3834 {@code Auto-Submitted}, bounces, vacation replies).
 */
final class MailParsing {

    /** Headers in raw UTF-8 (RFC 6532, sent by SMTPUTF8 servers) are read as such, not as Latin-1. */
    private static final Session SESSION = Session.getInstance(utf8());

    private static final int MAX_KEY = 900;

    private MailParsing() {}

    /** Parses a spooled mail; its attachments are read from the spool, so only while it is open. */
    static ReceivedMail parse(SpooledMail spooled) throws MessagingException, IOException {
        MimeMessage message;
        try (InputStream content = spooled.content()) {
            message = new MimeMessage(SESSION, content);
        }
        String messageId = header(message, "Message-ID");
        String key = messageId == null || messageId.isBlank() || messageId.length() > MAX_KEY
                ? "sha256:" + spooled.sha256()
                : messageId.strip();
        InternetAddress from = sender(message);
        String subject =
                message.getSubject() == null ? "" : message.getSubject().strip();
        Body body = new Body();
        walk(message, body);
        String text = body.plain != null ? body.plain : body.html != null ? MailText.htmlToText(body.html) : "";
        return new ReceivedMail(
                key,
                header(message, "In-Reply-To"),
                header(message, "References"),
                subject,
                from == null ? "" : from.getAddress().strip().toLowerCase(Locale.ROOT),
                from == null || from.getPersonal() == null
                        ? null
                        : from.getPersonal().strip(),
                text.replace("\r\n", "\n").strip(),
                List.copyOf(body.attachments),
                automatic(message, from),
                authenticationResults(message));
    }

    /** Why this mail was written by a machine rather than a person, or {@code null}. */
    private static @Nullable String automatic(MimeMessage message, @Nullable InternetAddress from)
            throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null
                && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + autoSubmitted.strip();
        }
        if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null) {
            return "auto-reply";
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|auto_reply|list")) {
            return "Precedence: " + precedence.strip();
        }
        if (message.isMimeType("multipart/report")) {
            return "delivery report";
        }
        String address = from == null ? "" : from.getAddress().toLowerCase(Locale.ROOT);
        if (address.isBlank() || address.startsWith("mailer-daemon@") || address.startsWith("postmaster@")) {
            return "bounce";
        }
        return null;
    }

    private static final class Body {
        @Nullable
        String plain;

        @Nullable
        String html;

        final List<ReceivedMail.Attachment> attachments = new ArrayList<>();
    }

    private static void walk(Part part, Body body) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        String filename = filename(part);
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, body);
            }
        } else if (part.isMimeType("message/rfc822") && filename == null) {
            body.attachments.add(attachment(part, "message.eml", "message/rfc822"));
        } else if (filename != null || Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            body.attachments.add(attachment(part, filename == null ? "attachment" : filename, baseType(part)));
        } else if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
        } else if (!part.isMimeType("text/*")) {
            // An inline image or other part without a name is still something the sender sent.
            body.attachments.add(attachment(part, "inline", baseType(part)));
        }
    }

    private static @Nullable String filename(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name).strip();
        } catch (UnsupportedEncodingException e) {
            return name.strip();
        }
    }

    private static String baseType(Part part) throws MessagingException {
        String type = part.getContentType();
        int parameters = type == null ? -1 : type.indexOf(';');
        return type == null
                ? "application/octet-stream"
                : (parameters < 0 ? type : type.substring(0, parameters))
                        .strip()
                        .toLowerCase(Locale.ROOT);
    }

    /** An attached part; its bytes stay in the spooled mail, read only when needed. */
    private static ReceivedMail.Attachment attachment(Part part, String filename, String type)
            throws MessagingException {
        return new ReceivedMail.Attachment(filename, type, part.getSize(), () -> {
            try {
                return part.getInputStream();
            } catch (MessagingException e) {
                throw new IOException(e);
            }
        });
    }

    private static @Nullable InternetAddress sender(MimeMessage message) throws MessagingException {
        try {
            var from = message.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
        } catch (MessagingException malformed) {
            return null;
        }
    }

    /** Every {@code Authentication-Results} header, topmost (the last server's) first. */
    private static List<String> authenticationResults(MimeMessage message) throws MessagingException {
        String[] values = message.getHeader("Authentication-Results");
        if (values == null) {
            return List.of();
        }
        List<String> headers = new ArrayList<>();
        for (String value : values) {
            headers.add(MimeUtility.unfold(value));
        }
        return List.copyOf(headers);
    }

    private static @Nullable String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, " ");
        return value == null ? null : MimeUtility.unfold(value);
    }

    private static Properties utf8() {
        Properties properties = new Properties();
        properties.put("mail.mime.allowutf8", "true");
        return properties;
    }
}
