package guichet.platform.files;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Where files attached to records live, outside the database. Every operation works in the current tenant's space
 * only ({@link guichet.platform.tenancy.TenantContext}): a key of another tenant finds nothing. Content is streamed,
 * never held whole in memory.
 */
public interface BlobStore {

    /**
     * Stores a file, streaming it to storage while its size and SHA-256 are computed, then detects its media type from
     * its content. The caller closes {@code content}.
     *
     * @param content the file's bytes
     * @param originalFilename the name the file came with, used only to refine a type its content already shows (a
     *     {@code .docx} within a zip); may be null
     * @param maxBytes the most bytes accepted
     * @throws BlobTooLarge past {@code maxBytes}; nothing is left in storage
     * @throws java.io.UncheckedIOException if storage fails; nothing is left in storage
     * @throws guichet.platform.tenancy.NoTenantException if no tenant is bound
     */
    StoredBlob store(InputStream content, @Nullable String originalFilename, long maxBytes);

    /** Stores a file within the configured limit ({@code guichet.files.max-size}), as {@link #store(InputStream, String, long)}. */
    StoredBlob store(InputStream content, @Nullable String originalFilename);

    /**
     * Opens a stored blob for reading; the caller closes the stream.
     *
     * @throws BlobNotFound if the current tenant has no blob with this key
     */
    InputStream open(BlobKey key);

    /**
     * Deletes a blob.
     *
     * @return whether there was one to delete
     */
    boolean delete(BlobKey key);
}
