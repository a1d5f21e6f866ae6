package guichet.platform.contact;

import guichet.platform.files.BlobStore;
import guichet.platform.files.BlobTooLarge;
import guichet.platform.files.StoredBlob;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.GuichetUser;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.CurrentTenant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current tenant's contact messages: sent by any signed-in user, answered, closed or passed on to the platform
 * owner by the administrators (callers check who may do what: the web layer's permissions and {@link #his}). Every
 * change notifies whom it concerns ({@link ContactNotices}) in its own transaction.
 */
@Service
@Transactional
public class ContactDesk {

    /** The largest screenshot accepted: 5 MB. */
    public static final long MAX_SCREENSHOT_BYTES = 5L * 1024 * 1024;

    /** The longest subject, text and page address kept. */
    public static final int MAX_SUBJECT = 150;

    public static final int MAX_BODY = 5000;
    static final int MAX_PAGE = 500;

    /** Images a browser shows safely ({@link guichet.platform.files.BlobResponses}), detected from their content. */
    static final Set<String> SCREENSHOT_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final ContactMessages messages;
    private final ContactReplies replies;
    private final PassedOnMessages passedOn;
    private final ContactNotices notices;
    private final BlobStore blobs;
    private final InteractionLog history;
    private final CurrentTenant tenant;
    private final Clock clock;

    ContactDesk(
            ContactMessages messages,
            ContactReplies replies,
            PassedOnMessages passedOn,
            ContactNotices notices,
            BlobStore blobs,
            InteractionLog history,
            CurrentTenant tenant,
            Clock clock) {
        this.messages = messages;
        this.replies = replies;
        this.passedOn = passedOn;
        this.notices = notices;
        this.blobs = blobs;
        this.history = history;
        this.tenant = tenant;
        this.clock = clock;
    }

    /**
     * Sends a message to the tenant's administrators, by e-mail and in-app.
     *
     * @param screenshot an image to send with it, or {@code null}
     * @throws ContactRejected {@code contact.error.subject}, {@code contact.error.body} when empty or too long,
     *     {@code contact.error.screenshot.size} past {@link #MAX_SCREENSHOT_BYTES}, {@code contact.error.screenshot.type}
     *     when its content is no PNG, JPEG, GIF or WebP image; nothing is kept then
     */
    public ContactMessage send(GuichetUser author, NewContactMessage typed, @Nullable Screenshot screenshot) {
        String subject = required(typed.subject(), MAX_SUBJECT, "contact.error.subject");
        String body = required(typed.body(), MAX_BODY, "contact.error.body");
        Instant now = clock.instant();
        ContactMessage message = new ContactMessage(
                author.id(),
                author.displayName(),
                author.email(),
                author.isStaff(),
                typed.kind(),
                subject,
                body,
                localPage(typed.page()),
                now);
        if (screenshot != null) {
            String name = cleaned(screenshot.filename());
            message.attach(name, stored(screenshot, name));
        }
        messages.save(message);
        history.record("CONTACT_SENT", "contact", message.id().toString(), subject);
        notices.received(message, null);
        return message;
    }

    /** The messages a user sent, as asked ordered. */
    @Transactional(readOnly = true)
    public Page<ContactMessage> mine(GuichetUser user, Pageable page) {
        return messages.byAuthor(user.id().value(), page);
    }

    /** One of the messages this user sent; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<ContactMessage> his(GuichetUser user, UUID id) {
        return messages.findById(id).filter(m -> m.author().equals(user.id()));
    }

    /** Any message of the tenant, for its administrators. */
    @Transactional(readOnly = true)
    public Optional<ContactMessage> find(UUID id) {
        return messages.findById(id);
    }

    /** The administrators' inbox: messages of a status and a kind (all when null), as asked ordered. */
    @Transactional(readOnly = true)
    public Page<ContactMessage> inbox(
            ContactMessage.@Nullable Status status, ContactMessage.@Nullable Kind kind, Pageable page) {
        return messages.inbox(status, kind, page);
    }

    /** A message's replies, oldest first: all of them for the administrators, the public ones for its author. */
    @Transactional(readOnly = true)
    public List<ContactReply> thread(ContactMessage message, boolean all) {
        return replies.thread(message.id()).stream()
                .filter(reply -> all || reply.publicReply())
                .toList();
    }

    /**
     * The author writes again on his message, which goes back to the administrators.
     *
     * @throws ContactRejected {@code contact.error.body}, or {@code contact.error.closed} on a closed message
     */
    public void followUp(GuichetUser author, ContactMessage message, String text) {
        String body = required(text, MAX_BODY, "contact.error.body");
        if (message.status() == ContactMessage.Status.CLOSED) {
            throw new ContactRejected("contact.error.closed");
        }
        Instant now = clock.instant();
        replies.save(new ContactReply(message.id(), ContactReply.Author.AUTHOR, author.displayName(), body, true, now));
        message.replied(ContactMessage.Status.OPEN, now);
        messages.save(message);
        notices.received(message, body);
    }

    /**
     * An administrator answers the message; its author is told, by e-mail and in-app. Answering a closed message opens
     * it again.
     *
     * @throws ContactRejected {@code contact.error.body}
     */
    public void answer(GuichetUser admin, ContactMessage message, String text) {
        String body = required(text, MAX_BODY, "contact.error.body");
        Instant now = clock.instant();
        replies.save(new ContactReply(message.id(), ContactReply.Author.ADMIN, admin.displayName(), body, true, now));
        message.replied(ContactMessage.Status.ANSWERED, now);
        messages.save(message);
        history.record("CONTACT_ANSWERED", "contact", message.id().toString(), message.subject());
        notices.answered(message, admin.displayName(), body);
    }

    /** An administrator closes the message. */
    public void close(ContactMessage message) {
        message.close(clock.instant());
        messages.save(message);
        history.record("CONTACT_CLOSED", "contact", message.id().toString(), message.subject());
    }

    /**
     * An administrator passes the message on to the platform owner, who sees a copy of it in the console (not its
     * screenshot, nor its author's address).
     *
     * @param note what he adds for the owner, or {@code null}
     * @throws ContactRejected {@code contact.error.passed-on} when it was already passed on, {@code contact.error.note}
     *     for a note over 2 000 characters
     */
    public void passOn(GuichetUser admin, ContactMessage message, @Nullable String note) {
        if (message.passedOnAt().isPresent()) {
            throw new ContactRejected("contact.error.passed-on");
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > 2000) {
            throw new ContactRejected("contact.error.note");
        }
        Instant now = clock.instant();
        passedOn.save(new PassedOnMessage(tenant.profile().slug(), message, admin.email(), kept, now));
        replies.save(new ContactReply(
                message.id(), ContactReply.Author.ADMIN, admin.displayName(), kept == null ? "" : kept, false, now));
        message.passedOn(now);
        messages.save(message);
        history.record("CONTACT_PASSED_ON", "contact", message.id().toString(), message.subject());
    }

    /**
     * Forgets who wrote the messages of a user whose account is erased (an anonymised customer): his name and address
     * kept on his messages, on his replies and on the copies passed on to the platform owner become the forgotten
     * account's. What he wrote stays, for the administrators' record.
     *
     * @param name the name to show instead, such as {@code —}
     * @param email the forgotten account's address
     */
    public void forgetAuthor(UserId author, String name, String email) {
        List<UUID> his = messages.idsByAuthor(author.value());
        if (his.isEmpty()) {
            return;
        }
        messages.renameAuthor(author.value(), name, email);
        replies.renameAuthor(his, name);
        passedOn.renameAuthor(tenant.profile().slug(), his, name);
    }

    /** The platform owner's answer to a message passed on, into its thread for the administrators, who are told. */
    void ownerAnswered(UUID id, String answer, String owner) {
        Optional<ContactMessage> found = messages.findById(id);
        if (found.isEmpty()) {
            return;
        }
        ContactMessage message = found.get();
        Instant now = clock.instant();
        replies.save(new ContactReply(message.id(), ContactReply.Author.OWNER, owner, answer, false, now));
        message.ownerAnswered(now);
        messages.save(message);
        history.recordFor(
                owner, "CONTACT_OWNER_ANSWERED", "contact", message.id().toString(), message.subject());
        notices.ownerAnswered(message, answer);
    }

    private StoredBlob stored(Screenshot screenshot, String name) {
        StoredBlob blob;
        try {
            blob = blobs.store(screenshot.content(), name, MAX_SCREENSHOT_BYTES);
        } catch (BlobTooLarge tooLarge) {
            throw new ContactRejected("contact.error.screenshot.size");
        }
        String type = blob.contentType().getType() + "/" + blob.contentType().getSubtype();
        if (!SCREENSHOT_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            blobs.delete(blob.key());
            throw new ContactRejected("contact.error.screenshot.type");
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        blobs.delete(blob.key());
                    }
                }
            });
        }
        return blob;
    }

    private static String required(@Nullable String typed, int max, String problem) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new ContactRejected(problem);
        }
        return text;
    }

    /**
     * A page of the tenant's own host, as a path with its query; anything else (another host, a scheme, a protocol-
     * relative address, control characters) is dropped rather than shown as a link to the administrators.
     */
    static @Nullable String localPage(@Nullable String page) {
        if (page == null) {
            return null;
        }
        String path = page.strip();
        if (!path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.length() > MAX_PAGE
                || path.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return null;
        }
        return path;
    }

    /** The name without directories or control characters, at most 255 characters; {@code screenshot} if empty. */
    static String cleaned(@Nullable String filename) {
        String given = filename == null ? "" : filename;
        String base = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "screenshot" : name;
    }
}
