package guichet.platform.contact;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * An image sent with a contact message, as uploaded.
 *
 * @param filename the name it came with, or {@code null}
 * @param content its bytes, read to the end but not closed
 */
public record Screenshot(@Nullable String filename, InputStream content) {}
