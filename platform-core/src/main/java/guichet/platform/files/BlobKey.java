package guichet.platform.files;

import java.util.UUID;

/**
 * The opaque key of a stored blob. It names a blob only within the tenant that stored it: the same key read in another
 * tenant's scope finds nothing.
 *
 * @param value a random UUID, never derived from the file's name or content
 */
public record BlobKey(UUID value) {

    /** A new random key. */
    static BlobKey random() {
        return new BlobKey(UUID.randomUUID());
    }

    /**
     * The key written as {@link #toString()} returns it.
     *
     * @throws BlobNotFound if the text is no key (so a forged path never reaches the file system)
     */
    public static BlobKey parse(String text) {
        try {
            return new BlobKey(UUID.fromString(text));
        } catch (IllegalArgumentException notAKey) {
            throw new BlobNotFound();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
