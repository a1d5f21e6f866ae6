package guichet.platform.files;

import org.springframework.http.MediaType;

/**
 * What the store knows of a blob it has just stored; the caller keeps it (with the file's original name) in its own
 * records, to serve the blob later.
 *
 * @param key the blob's key in the current tenant
 * @param size its length in bytes
 * @param sha256 the SHA-256 digest of its content, in lower-case hexadecimal
 * @param mediaType the media type detected from its content (never from its name alone), such as {@code image/png};
 *     {@code application/octet-stream} when the content says nothing recognisable
 */
public record StoredBlob(BlobKey key, long size, String sha256, String mediaType) {

    /** The media type, parsed; {@code application/octet-stream} if it does not parse. */
    public MediaType contentType() {
        try {
            return MediaType.parseMediaType(mediaType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
