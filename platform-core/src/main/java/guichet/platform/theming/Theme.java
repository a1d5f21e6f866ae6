package guichet.platform.theming;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resolved theme: its own settings over its parents'.
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

    static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");
    static final Pattern FONT = Pattern.compile("^[A-Za-z0-9 ,\"'-]{1,200}$");
    static final Pattern FILE = Pattern.compile("^[a-z0-9-]{1,40}\\.(svg|png)$");
    static final Pattern LENGTH = Pattern.compile("^\\d{1,2}(\\.\\d{1,3})?(rem|px)$");

    public Theme {
        chain = List.copyOf(chain);
        settings = Map.copyOf(settings);
    }

    /** A colour as {@code #rrggbb}. */
    public String colour(String key) {
        return settings.get("color." + key);
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
}
