package guichet.platform.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of a contact message's thread after the message itself: an administrator's answer, a follow-up of the
 * author, a note passing it on to the platform owner, or the owner's answer. Only public ones reach the author.
 */
@Entity
@Table(name = "core_contact_reply")
public class ContactReply {

    /** Who wrote it. */
    public enum Author {
        /** One of the tenant's administrators. */
        ADMIN,
        /** The message's author. */
        AUTHOR,
        /** The platform owner, from the console. */
        OWNER
    }

    @Id
    private UUID id;

    private UUID messageId;

    @Enumerated(EnumType.STRING)
    private Author author;

    private String authorName;
    private String body;
    private boolean publicReply;
    private Instant createdAt;

    protected ContactReply() {}

    ContactReply(UUID messageId, Author author, String authorName, String body, boolean publicReply, Instant now) {
        this.id = UUID.randomUUID();
        this.messageId = messageId;
        this.author = author;
        this.authorName = authorName;
        this.body = body;
        this.publicReply = publicReply;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID messageId() {
        return messageId;
    }

    public Author author() {
        return author;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    /** Whether the message's author sees it (an answer, his own follow-up), not only the administrators. */
    public boolean publicReply() {
        return publicReply;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
