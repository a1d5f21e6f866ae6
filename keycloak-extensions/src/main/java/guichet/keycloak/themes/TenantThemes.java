package guichet.keycloak.themes;

import guichet.platform.theming.definition.Theme;
import guichet.platform.theming.definition.ThemeDefinitions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads tenant-themes' folders ({@code guichet/themes/<name>/theme.properties}) from a file system and resolves them
 * with {@link ThemeDefinitions}, as the web application does, so a theme Keycloak shows is a theme Guichet accepts.
 */
final class TenantThemes {

    private final Path root;
    private final Map<String, Theme> themes;

    private TenantThemes(Path root, Map<String, Theme> themes) {
        this.root = root;
        this.themes = themes;
    }

    /** Every theme found in the folder that holds one sub-folder per theme. */
    static TenantThemes load(Path root) {
        Map<String, Properties> files = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path file = folder.resolve("theme.properties");
                if (Files.isRegularFile(file)) {
                    files.put(folder.getFileName().toString().replace("/", ""), read(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TenantThemes(root, ThemeDefinitions.resolve(files));
    }

    /** Every theme, by name. */
    List<Theme> all() {
        return List.copyOf(themes.values());
    }

    Theme get(String name) {
        Theme theme = themes.get(name);
        if (theme == null) {
            throw new IllegalArgumentException("No theme " + name);
        }
        return theme;
    }

    /** The theme's logo file, looked for along its chain as the web application does. */
    Optional<Path> logoFile(Theme theme) {
        return theme.logo()
                .flatMap(fileName -> theme.chain().stream()
                        .map(name -> root.resolve(name).resolve(fileName))
                        .filter(Files::isRegularFile)
                        .findFirst());
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        // Theme files are UTF-8 (labels like "Médina"); Properties.load(InputStream) would read ISO-8859-1.
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
