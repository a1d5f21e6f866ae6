package guichet.platform.notifications;

import guichet.platform.ids.UserId;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One notification to one recipient, as a module hands it to {@link Notifications#send}. Its subject and body are
 * message keys, rendered when it is sent in the recipient's language, with the tenant's vocabulary. Build it with
 * {@link #of(String, Recipient)}.
 *
 * @param kind the id of a registered {@link NotificationKind}
 * @param recipient a user of the current tenant, or an outside address
 * @param subjectKey the message key of the subject (the in-app title)
 * @param bodyKey the message key of the text
 * @param arguments the arguments of both messages ({@code {0}}, {@code {1}}…), none null
 * @param link a path on the tenant's host the notification leads to ({@code /claims/T0042}), or {@code null}; e-mails
 *     carry it as an absolute address on the tenant's host
 * @param threadId what the mail belongs to for threading ({@code T0042}), or {@code null}: mails of one thread carry
 *     {@code In-Reply-To} and {@code References} to the same root (see {@link MailThreads}); letters, digits, {@code -}
 *     and {@code _}, at most 64
 * @param replyTo the address replies should go to, or {@code null} for the sender's
 */
public record Notification(
        String kind,
        Recipient recipient,
        String subjectKey,
        String bodyKey,
        List<Object> arguments,
        @Nullable String link,
        @Nullable String threadId,
        @Nullable String replyTo) {

    private static final Pattern THREAD_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * @throws IllegalArgumentException if a key is blank, an argument null, the link no local path, or an id or address
     *     malformed
     */
    public Notification {
        if (kind.isBlank() || subjectKey.isBlank() || bodyKey.isBlank()) {
            throw new IllegalArgumentException("A notification needs a kind, a subject key and a body key");
        }
        if (arguments.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A notification's message arguments may not be null");
        }
        arguments = List.copyOf(arguments);
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 500)) {
            throw new IllegalArgumentException(
                    "A notification's link is a path on the tenant's host, such as /claims/T0042: " + link);
        }
        if (threadId != null && !THREAD_ID.matcher(threadId).matches()) {
            throw new IllegalArgumentException(
                    "A thread id is 1 to 64 letters, digits, dashes or underscores: " + threadId);
        }
        if (replyTo != null) {
            replyTo = checkedAddress(replyTo);
        }
    }

    /** A notification of a registered kind to a recipient; give it its message, then {@link Builder#build()}. */
    public static Builder of(String kind, Recipient recipient) {
        return new Builder(kind, recipient);
    }

    /** The link, if any. */
    public Optional<String> linkPath() {
        return Optional.ofNullable(link);
    }

    /** Who a notification goes to. */
    public sealed interface Recipient permits ToUser, ToAddress {

        /** A user of the current tenant: his preferences, language and address apply. */
        static Recipient user(UserId user) {
            return new ToUser(user);
        }

        /**
         * Someone without an account, such as the unknown sender of an e-mail: always by e-mail.
         *
         * @param locale his language, or {@code null} for the tenant's
         */
        static Recipient address(String email, String displayName, @Nullable Locale locale) {
            return new ToAddress(email, displayName, locale);
        }
    }

    /** A user of the current tenant. */
    public record ToUser(UserId user) implements Recipient {}

    /**
     * An outside address.
     *
     * @param email the address
     * @param displayName his name as the mail shows it (may be empty)
     * @param locale his language, or {@code null} for the tenant's default
     */
    public record ToAddress(
            String email, String displayName, @Nullable Locale locale) implements Recipient {

        /** @throws IllegalArgumentException if the address is malformed */
        public ToAddress {
            email = checkedAddress(email);
            displayName = displayName.strip();
        }
    }

    /** Builds a {@link Notification}. */
    public static final class Builder {
        private final String kind;
        private final Recipient recipient;
        private @Nullable String subjectKey;
        private @Nullable String bodyKey;
        private List<Object> arguments = List.of();
        private @Nullable String link;
        private @Nullable String threadId;
        private @Nullable String replyTo;

        private Builder(String kind, Recipient recipient) {
            this.kind = kind;
            this.recipient = recipient;
        }

        /** The subject and body message keys, and the arguments they share. */
        public Builder message(String subjectKey, String bodyKey, Object... arguments) {
            this.subjectKey = subjectKey;
            this.bodyKey = bodyKey;
            this.arguments = Arrays.asList(arguments);
            return this;
        }

        /** The path on the tenant's host the notification leads to. */
        public Builder link(String path) {
            this.link = path;
            return this;
        }

        /** The thread the mail belongs to. */
        public Builder thread(String threadId) {
            this.threadId = threadId;
            return this;
        }

        /** The address replies go to. */
        public Builder replyTo(String address) {
            this.replyTo = address;
            return this;
        }

        /**
         * @throws IllegalStateException if no message was given
         * @throws IllegalArgumentException as the record's constructor does
         */
        public Notification build() {
            if (subjectKey == null || bodyKey == null) {
                throw new IllegalStateException("Give the notification its message first");
            }
            return new Notification(kind, recipient, subjectKey, bodyKey, arguments, link, threadId, replyTo);
        }
    }

    private static String checkedAddress(String email) {
        String address = email.strip();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !address.contains("@")) {
                throw new AddressException("not a bare address", address);
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an e-mail address: " + email, e);
        }
    }
}
