package guichet.platform.contact;

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
 * A tenant's contact message as its administrator passed it on to the platform owner: a copy in the platform's schema
 * (the console reads no tenant's data), with the owner's answer once he gave it. The screenshot stays with the tenant.
 */
@Entity
@Table(schema = "platform", name = "contact_passed_on")
public class PassedOnMessage {

    @Id
    private UUID id;

    private String tenantSlug;
    private UUID messageId;

    @Enumerated(EnumType.STRING)
    private ContactMessage.Kind kind;

    private String subject;
    private String body;
    private @Nullable String page;
    private String authorName;
    private String passedBy;
    private @Nullable String note;
    private Instant passedAt;
    private @Nullable String answer;
    private @Nullable String answeredBy;
    private @Nullable Instant answeredAt;

    protected PassedOnMessage() {}

    PassedOnMessage(String tenantSlug, ContactMessage message, String passedBy, @Nullable String note, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantSlug = tenantSlug;
        this.messageId = message.id();
        this.kind = message.kind();
        this.subject = message.subject();
        this.body = message.body();
        this.page = message.page().orElse(null);
        this.authorName = message.authorName();
        this.passedBy = passedBy;
        this.note = note;
        this.passedAt = now;
    }

    void answer(String text, String by, Instant now) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    public UUID id() {
        return id;
    }

    /** The tenant it came from. */
    public String tenantSlug() {
        return tenantSlug;
    }

    /** The tenant's message it copies. */
    public UUID messageId() {
        return messageId;
    }

    public ContactMessage.Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Optional<String> page() {
        return Optional.ofNullable(page);
    }

    public String authorName() {
        return authorName;
    }

    /** The administrator who passed it on. */
    public String passedBy() {
        return passedBy;
    }

    /** What he added for the owner, if anything. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Instant passedAt() {
        return passedAt;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** Whether the owner answered it. */
    public boolean answered() {
        return answeredAt != null;
    }
}
