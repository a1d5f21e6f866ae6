package guichet.keycloak.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import guichet.platform.theming.definition.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantThemesTest {

    private static final String BASE = """
            color.primary=#1f5fa8
            color.on-primary=#ffffff
            color.secondary=#5c6670
            color.on-secondary=#ffffff
            color.accent=#b35c00
            color.body-bg=#ffffff
            color.body-fg=#1d2330
            color.muted-fg=#5c6670
            color.nav-bg=#1f2a3a
            color.nav-fg=#ffffff
            color.link=#1f5fa8
            font.sans=system-ui, "Segoe UI", sans-serif
            logo=logo.svg
            """;

    @TempDir
    Path root;

    @Test
    void resolvesSettingsAndLogoAlongTheParentChain() throws IOException {
        theme("base", BASE);
        Files.writeString(root.resolve("base/logo.svg"), "<svg/>");
        theme("child", "parent=base\ncolor.primary=#c2410c\nfont.heading=Georgia, serif\n");

        TenantThemes themes = TenantThemes.load(root);
        Theme child = themes.get("child");

        assertThat(child.chain()).containsExactly("child", "base");
        assertThat(child.colour("primary")).isEqualTo("#c2410c");
        assertThat(child.colour("nav-bg")).isEqualTo("#1f2a3a");
        assertThat(child.fontHeading()).isEqualTo("Georgia, serif");
        assertThat(child.radius()).isEqualTo("0.375rem");
        assertThat(themes.logoFile(child)).contains(root.resolve("base/logo.svg"));
        assertThat(ThemeCss.render(child, "logo.svg"))
                .contains("--g-primary: #c2410c;")
                .contains("--g-primary-hover: #a5370a;")
                .contains("--g-font-heading: Georgia, serif;");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "color.primary=red",
                "color.primary=#123456;} body { display: none",
                "font.sans=Arial; } body { background: url(https://evil.example/x)",
                "font.sans=Arial, \"Segoe UI",
                "font.heading=Georgia</style>",
                "radius=1rem; color: red",
                "logo=../../etc/passwd.svg"
            })
    void refusesAnythingThatCouldEscapeItsCssDeclaration(String setting) throws IOException {
        theme("base", BASE);
        theme("bad", "parent=base\n" + setting + "\n");

        assertThatIllegalStateException()
                .isThrownBy(() -> TenantThemes.load(root))
                .withMessageContaining("bad");
    }

    @Test
    void refusesAnUnknownParentAndALoop() throws IOException {
        theme("base", BASE);
        theme("orphan", "parent=nobody\n");

        assertThatIllegalStateException()
                .isThrownBy(() -> TenantThemes.load(root))
                .withMessageContaining("unknown parent nobody");

        theme("orphan", "parent=loop\n");
        theme("loop", "parent=orphan\n");
        assertThatIllegalStateException()
                .isThrownBy(() -> TenantThemes.load(root))
                .withMessageContaining("loops");
    }

    @Test
    void needsABaseTheme() throws IOException {
        theme("alone", BASE);

        assertThatIllegalStateException()
                .isThrownBy(() -> TenantThemes.load(root))
                .withMessageContaining("base");
    }

    private void theme(String name, String properties) throws IOException {
        Files.createDirectories(root.resolve(name));
        Files.writeString(root.resolve(name).resolve("theme.properties"), properties, StandardCharsets.UTF_8);
    }
}
