package guichet.keycloak.themes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.platform.theming.definition.ThemeDefinitions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the files the jar ships: the build's target/classes, where the generator ran in process-classes, against
 * tenant-themes as the class path holds it.
 */
class GeneratedThemesTest {

    /** Message keys in templates: msg("key"), and the label="key" that buttons.ftl passes to msg(). */
    private static final Pattern MESSAGE_KEY = Pattern.compile("(?:\\bmsg\\(\\s*|\\blabel=)\"([A-Za-z][\\w.-]*)\"");

    private static final Pattern DECLARATION = Pattern.compile("(--g-[a-z-]+):\\s*([^;]+);");

    private static Path classes;
    private static List<ExpectedTheme> expected;

    /** What the test needs of a tenant theme, read while tenant-themes' jar (if any) is open. */
    private record ExpectedTheme(String name, String primary, byte[] logo, String baseCss) {}

    @BeforeAll
    static void readSources() throws IOException, URISyntaxException {
        classes = Path.of(GeneratedThemesTest.class
                        .getResource("/META-INF/keycloak-themes.json")
                        .toURI())
                .getParent()
                .getParent();
        expected = LoginThemeGenerator.fromClassPath(
                GeneratedThemesTest.class.getClassLoader(),
                themes -> themes.all().stream()
                        .map(theme -> new ExpectedTheme(
                                theme.name(),
                                theme.colour("primary"),
                                themes.logoFile(theme)
                                        .map(GeneratedThemesTest::bytes)
                                        .orElse(null),
                                ThemeCss.render(themes.get(ThemeDefinitions.BASE), "logo.svg")))
                        .toList());
    }

    @Test
    void readsEveryTenantTheme() {
        assertThat(expected)
                .extracting(ExpectedTheme::name)
                .contains("base", "platform", "atlas", "medina", "poste", "sav", "helpdesk", "distrib");
    }

    @Test
    void generatesALoginThemePerTenantThemeInItsPrimaryColour() throws IOException {
        for (ExpectedTheme theme : expected) {
            Path login = classes.resolve("theme/guichet-" + theme.name() + "/login");
            String css = Files.readString(login.resolve("resources/css/theme.css"));

            assertThat(css).as(theme.name()).contains("--g-primary: " + theme.primary() + ";");
            assertThat(css).as(theme.name()).contains("--g-logo-url: url(\"../img/logo.svg\");");
        }
    }

    @Test
    void copiesEachThemesLogoFoundAlongItsChain() throws IOException {
        for (ExpectedTheme theme : expected) {
            Path logo = classes.resolve("theme/guichet-" + theme.name() + "/login/resources/img/logo.svg");

            assertThat(theme.logo()).as(theme.name()).isNotNull();
            assertThat(Files.readAllBytes(logo)).as(theme.name()).isEqualTo(theme.logo());
        }
        assertThat(classes.resolve("theme/guichet/login/resources/img/logo.svg"))
                .exists();
    }

    @Test
    void generatedThemesExtendGuichetAndRepeatItsStyles() {
        Properties guichet = properties(classes.resolve("theme/guichet/login/theme.properties"));
        assertThat(guichet.getProperty("parent")).isEqualTo("keycloak.v2");
        assertThat(guichet.getProperty("styles")).isEqualTo("css/styles.css css/guichet.css");

        for (ExpectedTheme theme : expected) {
            Properties generated =
                    properties(classes.resolve("theme/guichet-" + theme.name() + "/login/theme.properties"));

            assertThat(generated.getProperty("parent")).isEqualTo("guichet");
            assertThat(generated.getProperty("styles")).isEqualTo(guichet.getProperty("styles") + " css/theme.css");
            assertThat(generated.getProperty("locales")).isEqualTo("fr,en,ar");
        }
    }

    @Test
    void keycloakThemesJsonListsEveryTheme() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(classes.resolve("META-INF/keycloak-themes.json").toFile());
        Map<String, Set<String>> listed = new HashMap<>();
        json.get("themes").forEach(theme -> {
            Set<String> types = new TreeSet<>();
            theme.get("types").forEach(type -> types.add(type.asText()));
            listed.put(theme.get("name").asText(), types);
        });

        assertThat(listed).containsEntry("guichet", Set.of("email", "login"));
        for (ExpectedTheme theme : expected) {
            assertThat(listed).containsEntry("guichet-" + theme.name(), Set.of("login"));
        }
        assertThat(listed).hasSize(expected.size() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void everyMessageKeyOfTheTemplatesIsTranslated(String type) throws IOException {
        Path theme = classes.resolve("theme/guichet/" + type);
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path template :
                    files.filter(file -> file.toString().endsWith(".ftl")).toList()) {
                Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty();

        for (String language : List.of("fr", "en", "ar")) {
            Properties messages = properties(theme.resolve("messages/messages_" + language + ".properties"));
            assertThat(messages.stringPropertyNames()).as(type + " " + language).containsAll(keys);
        }
    }

    @Test
    void guichetCssDefaultsAreTheBaseTheme() throws IOException {
        String guichetCss = Files.readString(classes.resolve("theme/guichet/login/resources/css/guichet.css"));
        String firstBlock = guichetCss.substring(guichetCss.indexOf(":root"), guichetCss.indexOf('}'));

        assertThat(declarations(firstBlock))
                .isEqualTo(declarations(expected.getFirst().baseCss()));
    }

    private static Map<String, String> declarations(String css) {
        Map<String, String> declarations = new LinkedHashMap<>();
        Matcher matcher = DECLARATION.matcher(css);
        while (matcher.find()) {
            declarations.put(matcher.group(1), matcher.group(2).strip());
        }
        return declarations;
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
