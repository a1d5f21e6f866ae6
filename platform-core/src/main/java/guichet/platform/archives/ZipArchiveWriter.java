package guichet.platform.archives;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an archive as a zip, streamed: each entry is hashed and measured as it passes, and the manifest, which needs
 * every checksum, is the last entry.
 */
final class ZipArchiveWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private final Map<String, ArchiveManifest.Part> parts = new LinkedHashMap<>();
    private boolean entryOpen;

    ZipArchiveWriter(OutputStream target) {
        this.zip = new ZipOutputStream(target);
    }

    /** A part's view of the archive; its entries go under {@code <part>/}. */
    ArchiveWriter part(String name) {
        ArchiveManifest.Part part = new ArchiveManifest.Part(new LinkedHashMap<>(), new LinkedHashMap<>());
        parts.put(name, part);
        return new ArchiveWriter() {
            @Override
            public OutputStream entry(String entry) throws IOException {
                return open(name + "/" + entry, part, entry);
            }

            @Override
            public void count(String what, long count) {
                part.counts().merge(what, count, Long::sum);
            }
        };
    }

    /** What the parts wrote, for the manifest. */
    Map<String, ArchiveManifest.Part> parts() {
        return parts;
    }

    /** Writes the manifest as the last entry and finishes the zip. */
    void finish(byte[] manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(ArchiveManifest.ENTRY));
        zip.write(manifest);
        zip.closeEntry();
        zip.finish();
    }

    private OutputStream open(String path, ArchiveManifest.Part part, String entry) throws IOException {
        if (entryOpen) {
            throw new IllegalStateException("An entry is still open: close it before starting " + path);
        }
        zip.putNextEntry(new ZipEntry(path));
        entryOpen = true;
        MessageDigest sha256 = sha256();
        return new FilterOutputStream(new DigestOutputStream(zip, sha256)) {
            private long bytes;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                bytes++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                bytes += len;
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    out.flush();
                    zip.closeEntry();
                    entryOpen = false;
                    part.entries()
                            .put(entry, new ArchiveManifest.Entry(HexFormat.of().formatHex(sha256.digest()), bytes));
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
