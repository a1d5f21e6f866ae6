package guichet.keycloak.themes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads tenant-themes' folders ({@code guichet/themes/<name>/theme.properties}) and resolves each theme along its
 * {@code parent=} chain, the way the web application's {@code Themes} does. Every value that reaches a stylesheet is
 * checked against a strict pattern, so a theme file cannot smuggle CSS into Keycloak's login pages.
 */
final class TenantThemes {

    /** The theme every other one ends up inheriting from. */
    static final String BASE = "base";

    static final Pattern NAME = Pattern.compile("^[a-z0-9-]{1,40}$");
    static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");
    static final Pattern FONT = Pattern.compile("^[A-Za-z0-9 ,\"'-]{1,200}$");
    static final Pattern FILE = Pattern.compile("^[a-z0-9-]{1,40}\\.(svg|png)$");
    static final Pattern LENGTH = Pattern.compile("^\\d{1,2}(\\.\\d{1,3})?(rem|px)$");

    private final Path root;
    private final Map<String, TenantTheme> themes;

    private TenantThemes(Path root, Map<String, TenantTheme> themes) {
        this.root = root;
        this.themes = themes;
    }

    /** Every theme found in the folder that holds one sub-folder per theme. */
    static TenantThemes load(Path root) {
        Map<String, Properties> raw = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path file = folder.resolve("theme.properties");
                if (Files.isRegularFile(file)) {
                    raw.put(folder.getFileName().toString().replace("/", ""), read(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!raw.containsKey(BASE)) {
            throw new IllegalStateException("No '" + BASE + "' theme in " + root);
        }
        Map<String, TenantTheme> resolved = new TreeMap<>();
        raw.keySet().forEach(name -> resolved.put(name, resolve(name, raw)));
        return new TenantThemes(root, resolved);
    }

    /** Every theme, by name. */
    List<TenantTheme> all() {
        return List.copyOf(themes.values());
    }

    TenantTheme get(String name) {
        TenantTheme theme = themes.get(name);
        if (theme == null) {
            throw new IllegalArgumentException("No theme " + name);
        }
        return theme;
    }

    /** The theme's logo file, looked for along its chain as the web application does. */
    Optional<Path> logoFile(TenantTheme theme) {
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

    private static TenantTheme resolve(String name, Map<String, Properties> raw) {
        List<String> chain = new ArrayList<>();
        String current = name;
        while (current != null) {
            if (chain.contains(current)) {
                throw new IllegalStateException("Theme inheritance loops: " + chain);
            }
            Properties properties = raw.get(current);
            if (properties == null) {
                throw new IllegalStateException("Theme " + chain.getLast() + " has unknown parent " + current);
            }
            chain.add(current);
            current = properties.getProperty("parent");
            current = current == null ? null : current.strip();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String link : chain.reversed()) {
            raw.get(link).forEach((key, value) -> settings.put((String) key, ((String) value).strip()));
        }
        settings.remove("parent");
        validate(name, settings);
        return new TenantTheme(name, chain, settings);
    }

    private static void validate(String name, Map<String, String> settings) {
        // The name becomes a Keycloak theme name, a folder and a CSS comment.
        require(name, "name", name, NAME, true);
        for (String colour : TenantTheme.COLOURS) {
            require(name, "color." + colour, settings.get("color." + colour), HEX, true);
        }
        require(name, "font.sans", settings.get("font.sans"), FONT, true);
        require(name, "font.heading", settings.get("font.heading"), FONT, false);
        require(name, "logo", settings.get("logo"), FILE, false);
        require(name, "radius", settings.get("radius"), LENGTH, false);
    }

    private static void require(String theme, String key, String value, Pattern rule, boolean required) {
        boolean valid = value == null ? !required : rule.matcher(value).matches() && quotesBalanced(value);
        if (!valid) {
            throw new IllegalStateException("Theme " + theme + ": invalid " + key + ": " + value);
        }
    }

    /** An unclosed quote would swallow the declarations after it, so font lists must close every quote they open. */
    private static boolean quotesBalanced(String value) {
        return value.chars().filter(c -> c == '"').count() % 2 == 0
                && value.chars().filter(c -> c == '\'').count() % 2 == 0;
    }
}
