package guichet.platform.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user's choice for one kind of notification: by e-mail, in-app, both or neither. */
@Entity
@Table(name = "core_notification_preference")
class Preference {

    @EmbeddedId
    private Key key;

    private boolean byEmail;
    private boolean inApp;
    private Instant updatedAt;

    protected Preference() {}

    Preference(UUID userId, String kind, boolean byEmail, boolean inApp, Instant now) {
        this.key = new Key(userId, kind);
        choose(byEmail, inApp, now);
    }

    void choose(boolean email, boolean app, Instant now) {
        this.byEmail = email;
        this.inApp = app;
        this.updatedAt = now;
    }

    Key key() {
        return key;
    }

    String kind() {
        return key.kind;
    }

    boolean byEmail() {
        return byEmail;
    }

    boolean inApp() {
        return inApp;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "user_id")
        private UUID userId;

        private String kind;

        protected Key() {}

        Key(UUID userId, String kind) {
            this.userId = userId;
            this.kind = kind;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Key key && key.userId.equals(userId) && key.kind.equals(kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, kind);
        }
    }
}
