package guichet.platform.theming.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves the theme files of tenant-themes ({@code guichet/themes/<name>/theme.properties}) along their {@code
 * parent=} chains and checks them: every value that reaches a stylesheet must match a strict pattern, so a theme file
 * cannot smuggle CSS into a page, and every theme must meet WCAG AA contrast. The web application and the Keycloak
 * login theme generator read the files their own way and resolve them here, so both see the same themes.
 */
public final class ThemeDefinitions {

    /** Where tenant-themes keeps one folder per theme, on the class path. */
    public static final String ROOT = "guichet/themes/";
    /** The theme every other one ends up inheriting from. */
    public static final String BASE = "base";

    private static final Pattern NAME = Pattern.compile("^[a-z0-9-]{1,40}$");
    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Pattern FONT = Pattern.compile("^[A-Za-z0-9 ,\"'-]{1,200}$");
    private static final Pattern FILE = Pattern.compile("^[a-z0-9-]{1,40}\\.(svg|png)$");
    private static final Pattern LENGTH = Pattern.compile("^\\d{1,2}(\\.\\d{1,3})?(rem|px)$");

    private ThemeDefinitions() {}

    /**
     * Every theme, by name.
     *
     * @param files each theme's own {@code theme.properties}, by folder name
     * @throws IllegalStateException naming the theme and the setting, when a theme is invalid or there is no base theme
     */
    public static Map<String, Theme> resolve(Map<String, Properties> files) {
        if (!files.containsKey(BASE)) {
            throw new IllegalStateException("No '" + BASE + "' theme (" + ROOT + BASE + ") among " + files.keySet());
        }
        Map<String, Theme> themes = new TreeMap<>();
        files.keySet().forEach(name -> themes.put(name, resolve(name, files)));
        return themes;
    }

    private static Theme resolve(String name, Map<String, Properties> files) {
        List<String> chain = new ArrayList<>();
        String current = name;
        while (current != null) {
            if (chain.contains(current)) {
                throw new IllegalStateException("Theme inheritance loops: " + chain);
            }
            Properties properties = files.get(current);
            if (properties == null) {
                throw new IllegalStateException("Theme " + chain.getLast() + " has unknown parent " + current);
            }
            chain.add(current);
            current = properties.getProperty("parent");
            current = current == null ? null : current.strip();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String link : chain.reversed()) {
            files.get(link).forEach((key, value) -> settings.put((String) key, ((String) value).strip()));
        }
        settings.remove("parent");
        validate(name, settings);
        return new Theme(name, chain, settings);
    }

    private static void validate(String name, Map<String, String> settings) {
        // The name becomes a Keycloak theme name, a folder and a CSS comment.
        require(name, "name", name, NAME, true);
        for (String colour : Theme.COLOURS) {
            require(name, "color." + colour, settings.get("color." + colour), HEX, true);
        }
        require(name, "font.sans", settings.get("font.sans"), FONT, true);
        require(name, "font.heading", settings.get("font.heading"), FONT, false);
        require(name, "logo", settings.get("logo"), FILE, false);
        require(name, "radius", settings.get("radius"), LENGTH, false);
        requireContrast(name, settings, "on-primary", "primary", Contrast.TEXT);
        requireContrast(name, settings, "on-secondary", "secondary", Contrast.TEXT);
        requireContrast(name, settings, "body-fg", "body-bg", Contrast.TEXT);
        requireContrast(name, settings, "muted-fg", "body-bg", Contrast.TEXT);
        requireContrast(name, settings, "link", "body-bg", Contrast.TEXT);
        requireContrast(name, settings, "nav-fg", "nav-bg", Contrast.TEXT);
        requireContrast(name, settings, "accent", "body-bg", Contrast.NON_TEXT);
        requireContrast(name, settings, "primary", "body-bg", Contrast.NON_TEXT);
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

    /** Keeps every theme readable: a theme below the WCAG AA minimums is refused. */
    private static void requireContrast(
            String name, Map<String, String> settings, String foreground, String background, double minimum) {
        double ratio = Contrast.ratio(settings.get("color." + foreground), settings.get("color." + background));
        if (ratio < minimum) {
            throw new IllegalStateException("Theme %s: %s on %s has contrast %.2f:1, below %.1f:1"
                    .formatted(name, foreground, background, ratio, minimum));
        }
    }
}
