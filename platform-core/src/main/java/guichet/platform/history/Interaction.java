package guichet.platform.history;

import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of the interaction history. Entries are only ever added. */
@Entity
@Table(name = "core_interaction")
public class Interaction {

    /** Where an entry comes from. */
    public enum Source {
        GUICHET,
        KEYCLOAK
    }

    @Id
    private UUID id;

    private Instant occurredAt;
    private String action;
    private @Nullable UUID actorUserId;
    private @Nullable String actorLabel;
    private @Nullable String subjectType;
    private @Nullable String subjectId;
    private @Nullable String summary;
    private @Nullable String ipAddress;
    private @Nullable String userAgent;

    @Enumerated(EnumType.STRING)
    private Source source;

    private @Nullable String externalId;

    protected Interaction() {}

    Interaction(
            Instant occurredAt,
            String action,
            @Nullable UserId actor,
            @Nullable String actorLabel,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable String summary,
            @Nullable String ipAddress,
            @Nullable String userAgent,
            Source source,
            @Nullable String externalId) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.action = action;
        this.actorUserId = actor == null ? null : actor.value();
        this.actorLabel = truncate(actorLabel, 254);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = truncate(summary, 500);
        this.ipAddress = truncate(MachineAddress.canonical(ipAddress), 64);
        this.userAgent = truncate(userAgent, 300);
        this.source = source;
        this.externalId = externalId;
    }

    private static @Nullable String truncate(@Nullable String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String action() {
        return action;
    }

    public @Nullable String actorLabel() {
        return actorLabel;
    }

    public @Nullable String summary() {
        return summary;
    }

    /** The machine's address, one spelling per machine (also for what was recorded before it was so written). */
    public @Nullable String ipAddress() {
        return MachineAddress.canonical(ipAddress);
    }
}
