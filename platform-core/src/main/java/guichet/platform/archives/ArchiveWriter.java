package guichet.platform.archives;

import java.io.IOException;
import java.io.OutputStream;

/** One part's view of an archive being written. */
public interface ArchiveWriter {

    /**
     * Starts an entry of this part; the stream is hashed and measured as it is written, and must be closed before the
     * next entry starts. Closing it does not close the archive.
     *
     * @param name the entry's name inside the part's folder, such as {@code core_customer.copy}
     */
    OutputStream entry(String name) throws IOException;

    /** Records how many things of a kind (rows of a table, users, files) the part wrote, for the manifest. */
    void count(String what, long count);
}
