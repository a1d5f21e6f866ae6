package guichet.platform.files;

/**
 * The content was longer than the store was allowed to take; nothing of it was kept. Pages answer it by sending the
 * visitor back to the form with a message, the API with a 413 problem.
 */
public class BlobTooLarge extends RuntimeException {

    private final long maxBytes;

    public BlobTooLarge(long maxBytes) {
        super("Content larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** The limit that was passed. */
    public long maxBytes() {
        return maxBytes;
    }
}
