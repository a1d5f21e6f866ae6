package guichet.platform.contact;

import guichet.platform.files.BlobKey;
import guichet.platform.files.StoredBlob;
import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in user sent his tenant's administrators: a question or a bug report, from a page of the tenant's host,
 * perhaps with a screenshot. Its author's name and address are kept as they were, so lists need no other read.
 */
@Entity
@Table(name = "core_contact_message")
public class ContactMessage {

    /** What the author asks. */
    public enum Kind {
        /** A request for information. */
        QUESTION,
        /** Something that does not work. */
        BUG
    }

    /** Where the message stands. */
    public enum Status {
        /** Waiting for the administrators. */
        OPEN,
        /** Answered, the author's turn. */
        ANSWERED,
        /** Done with. */
        CLOSED;

        /** The Bootstrap colour of its badge, the same on every page that shows it. */
        public String badge() {
            return switch (this) {
                case OPEN -> "text-bg-primary";
                case ANSWERED -> "text-bg-success";
                case CLOSED -> "text-bg-secondary";
            };
        }
    }

    @Id
    private UUID id;

    private UUID authorId;
    private String authorName;
    private String authorEmail;
    private boolean authorStaff;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String subject;
    private String body;
    private @Nullable String page;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String screenshotName;
    private @Nullable String screenshotType;
    private @Nullable Long screenshotSize;
    private @Nullable String screenshotSha256;
    private @Nullable String screenshotKey;
    private int replies;
    private @Nullable Instant passedOnAt;
    private @Nullable Instant ownerAnsweredAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected ContactMessage() {}

    ContactMessage(
            UserId author,
            String authorName,
            String authorEmail,
            boolean authorStaff,
            Kind kind,
            String subject,
            String body,
            @Nullable String page,
            Instant now) {
        this.id = UUID.randomUUID();
        this.authorId = author.value();
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.authorStaff = authorStaff;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.page = page;
        this.status = Status.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void attach(String filename, StoredBlob blob) {
        this.screenshotName = filename;
        this.screenshotType = blob.mediaType();
        this.screenshotSize = blob.size();
        this.screenshotSha256 = blob.sha256();
        this.screenshotKey = blob.key().toString();
    }

    void replied(Status next, Instant now) {
        this.status = next;
        this.replies++;
        this.updatedAt = now;
    }

    void close(Instant now) {
        this.status = Status.CLOSED;
        this.updatedAt = now;
    }

    void passedOn(Instant now) {
        this.passedOnAt = now;
        this.replies++;
        this.updatedAt = now;
    }

    void ownerAnswered(Instant now) {
        this.ownerAnsweredAt = now;
        this.replies++;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UserId author() {
        return new UserId(authorId);
    }

    public String authorName() {
        return authorName;
    }

    public String authorEmail() {
        return authorEmail;
    }

    /** Whether a staff user wrote it rather than a customer. */
    public boolean authorStaff() {
        return authorStaff;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** The page of the tenant's host it was written from (a path and its query), if known. */
    public Optional<String> page() {
        return Optional.ofNullable(page);
    }

    public Status status() {
        return status;
    }

    /** The screenshot sent with it, if any. */
    public Optional<StoredBlob> screenshot() {
        if (screenshotKey == null || screenshotType == null || screenshotSize == null || screenshotSha256 == null) {
            return Optional.empty();
        }
        return Optional.of(
                new StoredBlob(BlobKey.parse(screenshotKey), screenshotSize, screenshotSha256, screenshotType));
    }

    /** The screenshot's name as it was sent, or an empty text. */
    public String screenshotName() {
        return screenshotName == null ? "" : screenshotName;
    }

    /** How many replies the thread holds. */
    public int replies() {
        return replies;
    }

    /** When an administrator passed it on to the platform owner, if he did. */
    public Optional<Instant> passedOnAt() {
        return Optional.ofNullable(passedOnAt);
    }

    /** When the platform owner answered, if he did. */
    public Optional<Instant> ownerAnsweredAt() {
        return Optional.ofNullable(ownerAnsweredAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Its latest activity. */
    public Instant updatedAt() {
        return updatedAt;
    }
}
