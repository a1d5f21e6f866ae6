package guichet.platform.subscriptions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One Stripe event as it arrived ({@code platform.stripe_event}), until it is handled. */
@Entity
@Table(schema = "platform", name = "stripe_event")
class StripeEventRecord {

    @Id
    private String id;

    private String type;
    private String payload;
    private Instant receivedAt;
    private int attempts;
    private @Nullable String lastError;
    private @Nullable Instant handledAt;

    protected StripeEventRecord() {}

    StripeEventRecord(String id, String type, String payload, Instant receivedAt) {
        this.id = id;
        this.type = type;
        this.payload = payload;
        this.receivedAt = receivedAt;
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    String payload() {
        return payload;
    }

    int attempts() {
        return attempts;
    }

    boolean isHandled() {
        return handledAt != null;
    }

    void handled(Instant now) {
        attempts++;
        handledAt = now;
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
    }
}
