package guichet.platform.archives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an archive from a zip file on disk: the manifest first, then every entry checked against it before any part
 * restores anything.
 */
final class ZipArchiveReader implements AutoCloseable {

    private final ZipFile zip;
    private final ArchiveManifest manifest;

    private ZipArchiveReader(ZipFile zip, ArchiveManifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * Opens an archive and checks it whole: a readable manifest of a known format, every entry it lists present with
     * its size and SHA-256, and no entry it does not list.
     *
     * @throws ArchiveRejected when any of that does not hold
     */
    static ZipArchiveReader openVerified(Path file, JsonMapper json) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException notAZip) {
            throw new ArchiveRejected("console.archive.error.unreadable", "Not a zip archive");
        }
        try {
            ArchiveManifest manifest = manifest(zip, json);
            verify(zip, manifest);
            return new ZipArchiveReader(zip, manifest);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static ArchiveManifest manifest(ZipFile zip, JsonMapper json) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveManifest.ENTRY);
        if (entry == null) {
            throw new ArchiveRejected("console.archive.error.manifest", "No manifest.json");
        }
        ArchiveManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.readValue(in, ArchiveManifest.class);
        } catch (JacksonException unreadable) {
            throw new ArchiveRejected("console.archive.error.manifest", "Unreadable manifest: " + unreadable);
        }
        if (manifest == null
                || manifest.parts() == null
                || manifest.settings() == null
                || manifest.migrations() == null
                || manifest.migrations().levels() == null) {
            throw new ArchiveRejected("console.archive.error.manifest", "Incomplete manifest");
        }
        if (manifest.formatVersion() != ArchiveManifest.FORMAT_VERSION) {
            throw new ArchiveRejected(
                    "console.archive.error.format",
                    "Unknown archive format " + manifest.formatVersion(),
                    manifest.formatVersion());
        }
        return manifest;
    }

    private static void verify(ZipFile zip, ArchiveManifest manifest) throws IOException {
        Set<String> listed = new HashSet<>();
        listed.add(ArchiveManifest.ENTRY);
        for (var part : manifest.parts().entrySet()) {
            for (var listedEntry : part.getValue().entries().entrySet()) {
                String path = part.getKey() + "/" + listedEntry.getKey();
                listed.add(path);
                ZipEntry entry = zip.getEntry(path);
                if (entry == null || !matches(zip, entry, listedEntry.getValue())) {
                    throw new ArchiveRejected(
                            "console.archive.error.checksum", "Entry missing or altered: " + path, path);
                }
            }
        }
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!listed.contains(entry.getName())) {
                throw new ArchiveRejected(
                        "console.archive.error.checksum",
                        "Entry not in the manifest: " + entry.getName(),
                        entry.getName());
            }
        }
    }

    private static boolean matches(ZipFile zip, ZipEntry entry, ArchiveManifest.Entry expected) throws IOException {
        MessageDigest sha256 = ZipArchiveWriter.sha256();
        long bytes = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
                bytes += read;
            }
        } catch (ZipException corrupt) {
            return false;
        }
        return bytes == expected.bytes()
                && HexFormat.of().formatHex(sha256.digest()).equalsIgnoreCase(expected.sha256());
    }

    ArchiveManifest manifest() {
        return manifest;
    }

    /** A part's view of the archive; a part the archive lacks reads as empty. */
    ArchiveReader part(String name) {
        ArchiveManifest.Part part = manifest.parts().getOrDefault(name, new ArchiveManifest.Part(Map.of(), Map.of()));
        return new ArchiveReader() {
            @Override
            public List<String> entries() {
                return List.copyOf(part.entries().keySet());
            }

            @Override
            public boolean has(String entry) {
                return part.entries().containsKey(entry);
            }

            @Override
            public InputStream open(String entry) throws IOException {
                if (!has(entry)) {
                    throw new IOException("No entry " + name + "/" + entry);
                }
                return zip.getInputStream(zip.getEntry(name + "/" + entry));
            }

            @Override
            public Map<String, Long> counts() {
                return part.counts();
            }

            @Override
            public ArchiveManifest manifest() {
                return manifest;
            }
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
