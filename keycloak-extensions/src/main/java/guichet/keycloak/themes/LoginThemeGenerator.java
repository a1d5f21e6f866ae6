package guichet.keycloak.themes;

import guichet.platform.theming.definition.Theme;
import guichet.platform.theming.definition.ThemeDefinitions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Build-time program (run by exec-maven-plugin in {@code process-classes}) that turns every Guichet theme of
 * tenant-themes into a Keycloak login theme {@code guichet-<name>}: its colours and fonts as {@code css/theme.css}, its
 * logo as {@code img/logo.svg}. It also gives the {@code guichet} login theme the base logo and writes {@code
 * META-INF/keycloak-themes.json}, which must list the generated themes for Keycloak to find them.
 *
 * <p>Usage: {@code LoginThemeGenerator <output directory>}, normally {@code target/classes}, which must already hold
 * the static {@code theme/guichet} files. tenant-themes is read from the class path.
 */
public final class LoginThemeGenerator {

    /** The hand-written login and e-mail theme every generated theme extends. */
    static final String GUICHET = "guichet";

    static final String LOCALES = "fr,en,ar";

    private final TenantThemes themes;
    private final Path output;

    LoginThemeGenerator(TenantThemes themes, Path output) {
        this.themes = themes;
        this.output = output;
    }

    /**
     * Generates the themes.
     *
     * @param args the output directory
     * @throws IOException when a file cannot be read or written; an invalid theme throws IllegalStateException. Both
     *     fail the build, as they must
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: LoginThemeGenerator <output directory>");
        }
        Path output = Path.of(args[0]);
        List<String> written = fromClassPath(Thread.currentThread().getContextClassLoader(), themes -> {
            try {
                return new LoginThemeGenerator(themes, output).generate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.println("Generated Keycloak login themes " + written + " in " + output);
    }

    /**
     * Hands tenant-themes, as found on the class path, to {@code use}. The themes can only be read during the call:
     * when they sit in a jar, its file system is closed afterwards.
     */
    static <T> T fromClassPath(ClassLoader loader, Function<TenantThemes, T> use) throws IOException {
        URL marker = loader.getResource(ThemeDefinitions.ROOT + ThemeDefinitions.BASE + "/theme.properties");
        if (marker == null) {
            throw new IllegalStateException("tenant-themes is not on the class path");
        }
        URI uri;
        try {
            uri = marker.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable class path location " + marker, e);
        }
        if ("jar".equals(uri.getScheme())) {
            // Inside a jar (a build from the local repository): list the folders through a zip file system.
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return use.apply(TenantThemes.load(themesRoot(jar.provider().getPath(uri))));
            }
        }
        return use.apply(TenantThemes.load(themesRoot(Path.of(uri))));
    }

    private static Path themesRoot(Path baseThemeFile) {
        return baseThemeFile.getParent().getParent();
    }

    /** Writes every file; returns the names of the generated login themes. */
    List<String> generate() throws IOException {
        Path guichetLogin = output.resolve("theme").resolve(GUICHET).resolve("login");
        String guichetStyles = readProperties(guichetLogin.resolve("theme.properties"))
                .getProperty("styles", "")
                .strip();
        if (guichetStyles.isEmpty()) {
            throw new IllegalStateException("No styles= in " + guichetLogin.resolve("theme.properties"));
        }
        removeStaleThemes();
        copyLogo(themes.get(ThemeDefinitions.BASE), guichetLogin);
        List<String> names = new ArrayList<>();
        for (Theme theme : themes.all()) {
            Path login = output.resolve("theme").resolve(theme.loginThemeName()).resolve("login");
            Files.createDirectories(login);
            String logo = copyLogo(theme, login);
            write(login.resolve("resources/css/theme.css"), ThemeCss.render(theme, logo));
            write(login.resolve("theme.properties"), themeProperties(theme, guichetStyles));
            names.add(theme.loginThemeName());
        }
        write(output.resolve("META-INF/keycloak-themes.json"), themesJson(names));
        return names;
    }

    private static String themeProperties(Theme theme, String guichetStyles) {
        return """
                # Generated at build time from tenant-themes' "%s" theme (%s); edit that theme, not this file.
                parent=%s
                # Keycloak does not append a child's styles to its parent's, so the parent's list is repeated.
                styles=%s css/theme.css
                locales=%s
                """.formatted(theme.name(), String.join(" < ", theme.chain()), GUICHET, guichetStyles, LOCALES);
    }

    private static String themesJson(List<String> generated) {
        StringBuilder json = new StringBuilder("{\n  \"themes\": [\n");
        json.append("    { \"name\": \"").append(GUICHET).append("\", \"types\": [\"login\", \"email\"] }");
        for (String name : generated) {
            // Names passed ThemeDefinitions' name rule ([a-z0-9-]), so they need no JSON escaping.
            json.append(",\n    { \"name\": \"").append(name).append("\", \"types\": [\"login\"] }");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    /** Copies the theme's logo to {@code resources/img/logo.<ext>}; returns that file name, or null without logo. */
    private String copyLogo(Theme theme, Path login) throws IOException {
        Optional<Path> source = themes.logoFile(theme);
        if (source.isEmpty()) {
            return null;
        }
        String fileName = source.get().getFileName().toString();
        String target = "logo" + fileName.substring(fileName.lastIndexOf('.'));
        Path destination = login.resolve("resources/img").resolve(target);
        Files.createDirectories(destination.getParent());
        Files.copy(source.get(), destination, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** A theme removed from tenant-themes must not live on in an output directory that is not cleaned. */
    private void removeStaleThemes() throws IOException {
        Path themeDir = output.resolve("theme");
        if (!Files.isDirectory(themeDir)) {
            return;
        }
        List<Path> generated;
        try (Stream<Path> folders = Files.list(themeDir)) {
            generated = folders.filter(folder -> folder.getFileName().toString().startsWith(GUICHET + "-"))
                    .toList();
        }
        for (Path folder : generated) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Properties readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return properties;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
