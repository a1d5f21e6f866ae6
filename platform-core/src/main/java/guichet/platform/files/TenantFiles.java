package guichet.platform.files;

import guichet.platform.archives.ArchiveReader;
import guichet.platform.archives.ArchiveWriter;
import guichet.platform.archives.TenantDataPart;
import guichet.platform.tenancy.TenantProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The blob store's share of a tenant's data: its folder, one archive entry per file under its {@code xx/key} name
 * (files still arriving in {@code incoming/} are left out). A restore accepts only names the store itself makes, so an
 * archive can never write outside the new tenant's folder.
 */
@Component
class TenantFiles implements TenantDataPart {

    private static final Pattern STORED = Pattern.compile("^[0-9a-f]{2}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$");

    private final FilesProperties properties;

    TenantFiles(FilesProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "files";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void export(TenantProfile tenant, ArchiveWriter archive) throws IOException {
        Path folder = folder(tenant);
        if (!Files.isDirectory(folder)) {
            archive.count("files", 0);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> STORED.matcher(name(folder, file)).matches())
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            try (OutputStream out = archive.entry(name(folder, file))) {
                Files.copy(file, out);
            }
        }
        archive.count("files", files.size());
    }

    @Override
    public void restore(TenantProfile tenant, ArchiveReader archive) throws IOException {
        Path folder = folder(tenant);
        for (String entry : archive.entries()) {
            if (!STORED.matcher(entry).matches()) {
                throw new IOException("Not a stored file's name: " + entry);
            }
            Path target = folder.resolve(entry);
            Files.createDirectories(target.getParent());
            try (InputStream in = archive.open(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public void delete(TenantProfile tenant) {
        Path folder = folder(tenant);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tenant's folder; its name is a validated slug, so it never leaves the root. */
    private Path folder(TenantProfile tenant) {
        Path root = properties.root();
        if (root == null) {
            throw new IllegalStateException("guichet.files.root is not set");
        }
        return root.toAbsolutePath().normalize().resolve(tenant.slug());
    }

    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
