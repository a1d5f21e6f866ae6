package guichet.platform.notifications;

import guichet.platform.ids.UserId;
import guichet.platform.persistence.StoredOnce;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification as it appears on the platform to the user it was sent to, in the language it was sent in; its id is
 * given at creation, so that saving it is one batched {@code INSERT} ({@link StoredOnce}).
 */
@Entity
@Table(name = "core_notification")
public class InAppNotification extends StoredOnce {

    static final int TITLE_LENGTH = 300;
    static final int BODY_LENGTH = 4000;

    private UUID userId;
    private String kind;
    private String title;
    private String body;
    private @Nullable String link;
    private Instant createdAt;
    private @Nullable Instant readAt;

    protected InAppNotification() {}

    InAppNotification(UserId user, String kind, String title, String body, @Nullable String link, Instant now) {
        super(UUID.randomUUID());
        this.userId = user.value();
        this.kind = kind;
        this.title = truncated(title, TITLE_LENGTH);
        this.body = truncated(body, BODY_LENGTH);
        this.link = link;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UserId user() {
        return new UserId(userId);
    }

    /** The id of its {@link NotificationKind}. */
    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    /** The path on the tenant's host it leads to, if any. */
    public Optional<String> link() {
        return Optional.ofNullable(link);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the user marked it read; empty while unread. */
    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }

    public boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
