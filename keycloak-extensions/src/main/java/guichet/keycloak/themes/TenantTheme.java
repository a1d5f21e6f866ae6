package guichet.keycloak.themes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Guichet theme with its parents' settings merged in, as the web application resolves it.
 *
 * @param name the theme's folder name in tenant-themes
 * @param chain the theme and its ancestors, nearest first
 * @param settings every setting, inherited ones included, already validated
 */
record TenantTheme(String name, List<String> chain, Map<String, String> settings) {

    /** Colour settings, each a {@code #rrggbb} value; the same list as the web application's. */
    static final List<String> COLOURS = List.of(
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

    TenantTheme {
        chain = List.copyOf(chain);
        settings = Map.copyOf(settings);
    }

    String colour(String key) {
        return settings.get("color." + key);
    }

    String fontSans() {
        return settings.get("font.sans");
    }

    String fontHeading() {
        return settings.getOrDefault("font.heading", fontSans());
    }

    String radius() {
        return settings.getOrDefault("radius", "0.375rem");
    }

    /** The logo's file name, if the theme or an ancestor names one. */
    Optional<String> logo() {
        return Optional.ofNullable(settings.get("logo"));
    }

    /** The name of the Keycloak login theme generated for this theme. */
    String keycloakName() {
        return "guichet-" + name;
    }
}
