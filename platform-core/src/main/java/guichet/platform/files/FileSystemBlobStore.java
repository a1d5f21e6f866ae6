package guichet.platform.files;

import guichet.platform.tenancy.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Blobs as files: {@code <root>/<tenant slug>/<first two hex digits of the key>/<key>}. A blob is written under
 * {@code <root>/<tenant slug>/incoming/} first and moved into place only once complete and typed, so a reader never
 * sees half a file and a refused upload leaves nothing behind.
 */
final class FileSystemBlobStore implements BlobStore {

    private static final int BUFFER = 64 * 1024;
    private static final String INCOMING = "incoming";

    private final Path root;
    private final long defaultMaxBytes;
    private final ContentTypes types;

    FileSystemBlobStore(Path root, long defaultMaxBytes, ContentTypes types) {
        this.root = root.toAbsolutePath().normalize();
        this.defaultMaxBytes = defaultMaxBytes;
        this.types = types;
    }

    @Override
    public StoredBlob store(InputStream content, @Nullable String originalFilename) {
        return store(content, originalFilename, defaultMaxBytes);
    }

    @Override
    public StoredBlob store(InputStream content, @Nullable String originalFilename, long maxBytes) {
        Path tenant = tenantDirectory();
        BlobKey key = BlobKey.random();
        Path incoming = tenant.resolve(INCOMING).resolve(key + ".part");
        try {
            Files.createDirectories(incoming.getParent());
            MessageDigest sha256 = sha256();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(incoming, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[BUFFER];
                for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new BlobTooLarge(maxBytes);
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            String mediaType = types.detect(incoming, originalFilename);
            Path stored = location(tenant, key);
            Files.createDirectories(stored.getParent());
            Files.move(incoming, stored, StandardCopyOption.ATOMIC_MOVE);
            return new StoredBlob(key, size, HexFormat.of().formatHex(sha256.digest()), mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteIfThere(incoming);
        }
    }

    @Override
    public InputStream open(BlobKey key) {
        try {
            return Files.newInputStream(location(tenantDirectory(), key));
        } catch (NoSuchFileException e) {
            throw new BlobNotFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean delete(BlobKey key) {
        try {
            return Files.deleteIfExists(location(tenantDirectory(), key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current tenant's directory; its name is a validated slug, so it never leaves the root. */
    private Path tenantDirectory() {
        return root.resolve(TenantContext.require().slug());
    }

    /** Where a key lives; a key is a UUID, so the path never leaves the tenant's directory. */
    private static Path location(Path tenant, BlobKey key) {
        String name = key.value().toString();
        return tenant.resolve(name.substring(0, 2)).resolve(name);
    }

    private static void deleteIfThere(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the operator: a stray .part file under incoming/ is never read.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
