package guichet.platform.theming.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved theme: its own settings over its parents', already validated by {@link ThemeDefinitions}. The web
 * application and the Keycloak login themes both read themes through this one type.
 *
 * @param name the theme's folder name
 * @param chain the theme and its ancestors, nearest first
 * @param settings every setting, inherited ones included
 */
public record Theme(String name, List<String> chain, Map<String, String> settings) {

    /** Colour settings, each a {@code #rrggbb} value. */
    public static final List<String> COLOURS = List.of(
            "primary",
            "on-primary",
            "secondary",
            "on-secondary",
            "accent",
            "body-bg",
            "body-fg",
            "muted-fg",
            "nav-bg",
            "nav-fg",
            "link");

    public Theme {
        chain = List.copyOf(chain);
        settings = Map.copyOf(settings);
    }

    /** The name of the Keycloak login theme generated for the theme of this name. */
    public static String loginThemeName(String themeName) {
        return "guichet-" + themeName;
    }

    /** The name of the Keycloak login theme generated for this theme. */
    public String loginThemeName() {
        return loginThemeName(name);
    }

    /** A colour as {@code #rrggbb}. */
    public String colour(String key) {
        return settings.get("color." + key);
    }

    /** The primary colour darkened, for hovered buttons, the same on Guichet's pages and Keycloak's. */
    public String primaryHover() {
        return shade(colour("primary"), 0.85);
    }

    public String fontSans() {
        return settings.get("font.sans");
    }

    public String fontHeading() {
        return settings.getOrDefault("font.heading", fontSans());
    }

    public String radius() {
        return settings.getOrDefault("radius", "0.375rem");
    }

    /** The logo file name, if the theme or an ancestor has one. */
    public Optional<String> logo() {
        return Optional.ofNullable(settings.get("logo"));
    }

    /** The human name of the theme for the console. */
    public String label() {
        return settings.getOrDefault("label", name);
    }

    private static String shade(String hex, double factor) {
        int value = Integer.parseInt(hex.substring(1), 16);
        int r = (int) Math.round(((value >> 16) & 0xff) * factor);
        int g = (int) Math.round(((value >> 8) & 0xff) * factor);
        int b = (int) Math.round((value & 0xff) * factor);
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
