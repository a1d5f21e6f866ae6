package guichet.platform.archives;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** One part's view of an archive being restored, whose manifest and checksums have already been verified. */
public interface ArchiveReader {

    /** The names of this part's entries, in the order they were written. */
    List<String> entries();

    /** Whether this part wrote an entry of that name. */
    boolean has(String name);

    /** Reads one of this part's entries. */
    InputStream open(String name) throws IOException;

    /** What this part counted when the archive was made. */
    Map<String, Long> counts();

    /** The archive's manifest (the source tenant's settings, its migration levels). */
    ArchiveManifest manifest();
}
