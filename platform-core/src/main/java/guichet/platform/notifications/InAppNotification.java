package guichet.platform.notifications;

import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A notification as it appears on the platform to the user it was sent to, in the language it was sent in. New until
 * stored ({@link Persistable}): its id is given at creation, and saving it is then one {@code INSERT}, not a
 * {@code SELECT} by id first.
 */
@Entity
@Table(name = "core_notification")
public class InAppNotification implements Persistable<UUID> {

    static final int TITLE_LENGTH = 300;
    static final int BODY_LENGTH = 4000;

    @Id
    private UUID id;

    private UUID userId;
    private String kind;
    private String title;
    private String body;
    private @Nullable String link;
    private Instant createdAt;
    private @Nullable Instant readAt;

    @Transient
    private boolean stored;

    protected InAppNotification() {}

    InAppNotification(UserId user, String kind, String title, String body, @Nullable String link, Instant now) {
        this.id = UUID.randomUUID();
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

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
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
