package guichet.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system blob store: streamed, typed from content, and confined to the current tenant. */
class BlobStoreTest {

    private static final long MB = 1024 * 1024;
    private static final TenantId ALPHA = new TenantId("alpha");
    private static final TenantId BETA = new TenantId("beta");

    @TempDir
    Path root;

    private BlobStore store() {
        return new FileSystemBlobStore(root, 25 * MB, new ContentTypes());
    }

    @Test
    void aPngNamedPdfIsStoredAsPng() {
        StoredBlob stored = TenantContext.call(
                ALPHA, () -> store().store(new ByteArrayInputStream(TestFiles.png(40, 30)), "facture.pdf"));
        assertThat(stored.mediaType()).isEqualTo("image/png");
    }

    @Test
    void contentDecidesTheTypeWhateverTheNameClaims() {
        BlobStore store = store();
        TenantContext.run(ALPHA, () -> {
            assertThat(store.store(new ByteArrayInputStream(TestFiles.html()), "photo.png")
                            .mediaType())
                    .isEqualTo("text/html");
            assertThat(store.store(new ByteArrayInputStream(TestFiles.executable()), "photo.png")
                            .mediaType())
                    .startsWith("application/x-msdownload");
            assertThat(store.store(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5}), "photo.png")
                            .mediaType())
                    .as("unknown content stays unknown")
                    .isEqualTo("application/octet-stream");
            assertThat(store.store(new ByteArrayInputStream("a;b\n1;2\n".getBytes()), "export.csv")
                            .mediaType())
                    .as("a name may refine what the content shows")
                    .isEqualTo("text/csv");
        });
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsLeftOnDisk() throws IOException {
        BlobStore store = store();
        assertThatThrownBy(() -> TenantContext.run(
                        ALPHA,
                        () -> store.store(new ByteArrayInputStream(new byte[(int) (2 * MB + 1)]), "big.bin", 2 * MB)))
                .isInstanceOf(BlobTooLarge.class)
                .satisfies(e -> assertThat(((BlobTooLarge) e).maxBytes()).isEqualTo(2 * MB));
        assertThat(filesUnder(root)).isEmpty();

        StoredBlob exactly = TenantContext.call(
                ALPHA, () -> store.store(new ByteArrayInputStream(new byte[(int) (2 * MB)]), "big.bin", 2 * MB));
        assertThat(exactly.size()).isEqualTo(2 * MB);
    }

    @Test
    void aSixMegabyteImageIsReadBackByteForByteThroughAStream() throws Exception {
        byte[] image = TestFiles.png(1450, 1450);
        assertThat(image.length).isGreaterThan((int) (6 * MB));
        BlobStore store = store();
        StoredBlob stored = TenantContext.call(ALPHA, () -> store.store(new ByteArrayInputStream(image), "photo.png"));

        assertThat(stored.size()).isEqualTo(image.length);
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(image)));
        try (InputStream back = TenantContext.call(ALPHA, () -> store.open(stored.key()))) {
            assertThat(java.util.Arrays.equals(back.readAllBytes(), image)).isTrue();
        }
    }

    @Test
    void anotherTenantCannotOpenNorDeleteABlobEvenWithItsKey() throws IOException {
        BlobStore store = store();
        StoredBlob secret = TenantContext.call(
                ALPHA, () -> store.store(new ByteArrayInputStream(TestFiles.png(10, 10)), "secret.png"));

        assertThatThrownBy(() -> TenantContext.run(BETA, () -> store.open(secret.key())))
                .isInstanceOf(BlobNotFound.class);
        assertThat(TenantContext.call(BETA, () -> store.delete(secret.key()))).isFalse();
        try (InputStream still = TenantContext.call(ALPHA, () -> store.open(secret.key()))) {
            assertThat(still.readAllBytes()).hasSize((int) secret.size());
        }
        assertThat(TenantContext.call(ALPHA, () -> store.delete(secret.key()))).isTrue();
        assertThatThrownBy(() -> TenantContext.run(ALPHA, () -> store.open(secret.key())))
                .isInstanceOf(BlobNotFound.class);
    }

    @Test
    void aForgedKeyNeverReachesTheFileSystem() {
        assertThatThrownBy(() -> BlobKey.parse("../../alpha/secret")).isInstanceOf(BlobNotFound.class);
        assertThatThrownBy(() ->
                        store().open(BlobKey.parse(java.util.UUID.randomUUID().toString())))
                .as("no tenant bound")
                .isInstanceOf(guichet.platform.tenancy.NoTenantException.class);
    }

    /**
     * 30 MB from a source that checks, as it is read, that what it gave earlier is already on disk: a store that
     * buffered the whole file before writing it would fail here, whatever the heap.
     */
    @Test
    void contentIsWrittenToDiskAsItIsReadNeverBufferedWhole() throws Exception {
        long total = 30 * MB;
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        InputStream source = new DigestInputStream(new DiskWatchingSource(total, root.resolve("alpha")), expected);
        BlobStore store = store();

        StoredBlob stored = TenantContext.call(ALPHA, () -> store.store(source, "video.bin", 40 * MB));

        assertThat(stored.size()).isEqualTo(total);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(expected.digest()));
        assertThat(filesUnder(root)).hasSize(1);
    }

    /** Generated bytes; past the first megabytes, each read first checks that all but the last megabyte is on disk. */
    private static final class DiskWatchingSource extends InputStream {
        private final long total;
        private final Path tenant;
        private long given;

        DiskWatchingSource(long total, Path tenant) {
            this.total = total;
            this.tenant = tenant;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (given >= total) {
                return -1;
            }
            if (given > 2 * MB) {
                long onDisk = bytesUnder(tenant);
                if (onDisk < given - MB) {
                    throw new AssertionError("Only " + onDisk + " of " + given + " bytes read are on disk");
                }
            }
            int count = (int) Math.min(length, total - given);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) ((given + i) * 31);
            }
            given += count;
            return count;
        }
    }

    private static long bytesUnder(Path directory) {
        return filesUnder(directory).stream()
                .mapToLong(file -> {
                    try {
                        return Files.size(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .sum();
    }

    private static java.util.List<Path> filesUnder(Path directory) {
        if (!Files.exists(directory)) {
            return java.util.List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
