package guichet.platform.theming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.theming.definition.Theme;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ThemesTest {

    private final Themes themes = new Themes(new PathMatchingResourcePatternResolver());

    @Test
    void aThemeInheritsWhatItDoesNotSetFromItsParent() {
        Theme atlas = themes.get("atlas");
        Theme base = themes.get("base");
        assertThat(atlas.chain()).containsExactly("atlas", "base");
        assertThat(atlas.colour("primary")).isNotEqualTo(base.colour("primary"));
        assertThat(atlas.colour("on-primary")).isEqualTo(base.colour("on-primary"));
    }

    @Test
    void anUnknownThemeFallsBackToTheBaseTheme() {
        assertThat(themes.get("no-such-theme").name()).isEqualTo("base");
        assertThat(themes.find("no-such-theme")).isEmpty();
    }

    @Test
    void theStylesheetMapsTheThemeOntoBootstrapVariables() {
        String css = ThemeStylesheet.render(themes.get("atlas"));
        assertThat(css)
                .contains("--g-primary: " + themes.get("atlas").colour("primary") + ";")
                .contains("--bs-primary: var(--g-primary);")
                .contains("--bs-body-font-family: var(--g-font-sans);");
    }

    @Test
    void aThemeWithAnInvalidColourStopsTheApplication(@TempDir Path folder) throws IOException {
        write(folder, "base", "color.primary=#123456\n");
        assertThatThrownBy(() -> new Themes(resolverOver(folder)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("color.");
    }

    @Test
    void aThemeCannotSmuggleCssThroughAFont(@TempDir Path folder) throws IOException {
        StringBuilder valid = new StringBuilder();
        for (String colour : Theme.COLOURS) {
            valid.append("color.")
                    .append(colour)
                    .append(colour.endsWith("bg") || colour.startsWith("on-") ? "=#ffffff\n" : "=#000000\n");
        }
        write(
                folder,
                "base",
                valid + "color.nav-fg=#ffffff\ncolor.nav-bg=#000000\nfont.sans=Arial; } body { display:none\n");
        assertThatThrownBy(() -> new Themes(resolverOver(folder))).hasMessageContaining("font.sans");
    }

    @Test
    void everyShippedThemeIsLoadedSoEveryOneIsReadable() {
        assertThat(themes.all())
                .extracting(Theme::name)
                .contains("base", "platform", "atlas", "medina", "poste", "sav", "helpdesk", "distrib");
    }

    @Test
    void anUnreadableThemeStopsTheApplication(@TempDir Path folder) throws IOException {
        StringBuilder greyOnGrey = new StringBuilder();
        for (String colour : Theme.COLOURS) {
            greyOnGrey.append("color.").append(colour).append("=#777777\n");
        }
        write(folder, "base", greyOnGrey + "font.sans=Arial\n");
        assertThatThrownBy(() -> new Themes(resolverOver(folder))).hasMessageContaining("contrast");
    }

    @Test
    void anInheritanceLoopIsRefused(@TempDir Path folder) throws IOException {
        write(folder, "base", "parent=other\n");
        write(folder, "other", "parent=base\n");
        assertThatThrownBy(() -> new Themes(resolverOver(folder))).hasMessageContaining("loops");
    }

    private static void write(Path root, String theme, String content) throws IOException {
        Path dir = Files.createDirectories(root.resolve("guichet/themes/" + theme));
        Files.writeString(dir.resolve("theme.properties"), content);
    }

    private static PathMatchingResourcePatternResolver resolverOver(Path folder) throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
        return new PathMatchingResourcePatternResolver(loader);
    }
}
