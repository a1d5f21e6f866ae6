package guichet.claims.attachments;

import guichet.platform.files.BlobKey;
import guichet.platform.files.BlobResponses;
import guichet.platform.files.StoredBlob;
import guichet.platform.ids.TicketId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a ticket: its original name, the media type detected from its bytes, its size and digest, and the
 * key of its content in the blob store. On a message, or on the ticket itself when {@link #message()} is empty; a
 * hidden one is for the staff only.
 */
@Entity
@Table(name = "clm_attachment")
public class Attachment {

    @Id
    private UUID id;

    private UUID ticketId;
    private @Nullable UUID messageId;
    private String filename;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private String blobKey;
    private boolean hidden;
    private @Nullable UUID uploadedBy;
    private Instant uploadedAt;

    protected Attachment() {}

    Attachment(
            TicketId ticket,
            @Nullable UUID message,
            String filename,
            StoredBlob blob,
            boolean hidden,
            @Nullable UUID uploadedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.ticketId = ticket.value();
        this.messageId = message;
        this.filename = filename;
        this.mediaType = blob.mediaType();
        this.sizeBytes = blob.size();
        this.sha256 = blob.sha256();
        this.blobKey = blob.key().toString();
        this.hidden = hidden;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public UUID id() {
        return id;
    }

    public TicketId ticket() {
        return new TicketId(ticketId);
    }

    /** The message it came with; empty when it was attached to the ticket itself (through the API, say). */
    public Optional<UUID> message() {
        return Optional.ofNullable(messageId);
    }

    /** The name it was uploaded under, without any directory. */
    public String filename() {
        return filename;
    }

    /** The media type detected from its content, never from its name alone. */
    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    /** For the staff only (attached to a hidden note). */
    public boolean hidden() {
        return hidden;
    }

    /** Shown to the customer from now on: the message it came with is his now. */
    void show() {
        this.hidden = false;
    }

    public Optional<UUID> uploadedBy() {
        return Optional.ofNullable(uploadedBy);
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** Whether pages show it as a picture (a type browsers display safely). */
    public boolean isImage() {
        return mediaType.startsWith("image/") && BlobResponses.isShownInline(mediaType);
    }

    /** What the blob store needs to serve it. */
    public StoredBlob blob() {
        return new StoredBlob(BlobKey.parse(blobKey), sizeBytes, sha256, mediaType);
    }
}
