package guichet.customers.wiki;

import guichet.platform.files.BlobKey;
import guichet.platform.files.StoredBlob;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to a wiki page: its name, the media type detected from its bytes, and its key in the blob store. */
@Entity
@Table(name = "cus_wiki_attachment")
public class WikiAttachment {

    @Id
    private UUID id;

    private UUID pageId;
    private String filename;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private String blobKey;
    private String uploadedBy;
    private Instant uploadedAt;

    protected WikiAttachment() {}

    WikiAttachment(WikiPage page, String filename, StoredBlob blob, String uploadedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.pageId = page.id();
        this.filename = filename;
        this.mediaType = blob.mediaType();
        this.sizeBytes = blob.size();
        this.sha256 = blob.sha256();
        this.blobKey = blob.key().toString();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String filename() {
        return filename;
    }

    public long size() {
        return sizeBytes;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** What the blob store needs to serve it. */
    public StoredBlob blob() {
        return new StoredBlob(BlobKey.parse(blobKey), sizeBytes, sha256, mediaType);
    }
}
