package guichet.platform.theming;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every theme on the classpath, read once at start-up. A theme's settings are checked then, so a bad colour or font
 * stops the application instead of reaching a page.
 */
@Component
public class Themes {

    static final String ROOT = "guichet/themes/";
    /** The theme every other one ends up inheriting from. */
    public static final String BASE = "base";

    private final Map<String, Theme> themes;

    Themes(ResourcePatternResolver resources) {
        Map<String, Properties> raw = load(resources);
        Map<String, Theme> resolved = new TreeMap<>();
        for (String name : raw.keySet()) {
            resolved.put(name, resolve(name, raw));
        }
        if (!resolved.containsKey(BASE)) {
            throw new IllegalStateException("No '" + BASE + "' theme on the classpath (" + ROOT + BASE + ")");
        }
        this.themes = Map.copyOf(resolved);
    }

    public Optional<Theme> find(String name) {
        return Optional.ofNullable(themes.get(name));
    }

    /** A theme by name, the base theme when there is no such theme. */
    public Theme get(String name) {
        return themes.getOrDefault(name, themes.get(BASE));
    }

    /** Every theme, by name. */
    public List<Theme> all() {
        return new TreeMap<>(themes).values().stream().toList();
    }

    /** The classpath location of a file of a theme, found along its inheritance chain. */
    public Optional<String> fileLocation(Theme theme, String fileName) {
        return theme.chain().stream()
                .map(name -> ROOT + name + "/" + fileName)
                .filter(location -> getClass().getClassLoader().getResource(location) != null)
                .findFirst();
    }

    private static Map<String, Properties> load(ResourcePatternResolver resources) {
        Map<String, Properties> raw = new HashMap<>();
        try {
            for (Resource resource : resources.getResources("classpath*:" + ROOT + "*/theme.properties")) {
                String path = resource.getURL().toString();
                String folder = path.substring(0, path.lastIndexOf('/'));
                String name = folder.substring(folder.lastIndexOf('/') + 1);
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                raw.put(name, properties);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return raw;
    }

    private static Theme resolve(String name, Map<String, Properties> raw) {
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
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String link : chain.reversed()) {
            raw.get(link).forEach((key, value) -> settings.put((String) key, ((String) value).strip()));
        }
        settings.remove("parent");
        validate(name, settings);
        return new Theme(name, chain, settings);
    }

    private static void validate(String name, Map<String, String> settings) {
        for (String colour : Theme.COLOURS) {
            String value = settings.get("color." + colour);
            if (value == null || !Theme.HEX.matcher(value).matches()) {
                throw new IllegalStateException(
                        "Theme " + name + ": color." + colour + " must be #rrggbb, was " + value);
            }
        }
        requireContrast(name, settings, "on-primary", "primary", Contrast.TEXT);
        requireContrast(name, settings, "on-secondary", "secondary", Contrast.TEXT);
        requireContrast(name, settings, "body-fg", "body-bg", Contrast.TEXT);
        requireContrast(name, settings, "muted-fg", "body-bg", Contrast.TEXT);
        requireContrast(name, settings, "link", "body-bg", Contrast.TEXT);
        requireContrast(name, settings, "nav-fg", "nav-bg", Contrast.TEXT);
        requireContrast(name, settings, "accent", "body-bg", Contrast.NON_TEXT);
        requireContrast(name, settings, "primary", "body-bg", Contrast.NON_TEXT);
        check(name, settings, "font.sans", Theme.FONT, true);
        check(name, settings, "font.heading", Theme.FONT, false);
        check(name, settings, "logo", Theme.FILE, false);
        check(name, settings, "radius", Theme.LENGTH, false);
    }

    /** Keeps every theme readable: a theme below the WCAG AA minimums stops the application. */
    private static void requireContrast(
            String name, Map<String, String> settings, String foreground, String background, double minimum) {
        double ratio = Contrast.ratio(settings.get("color." + foreground), settings.get("color." + background));
        if (ratio < minimum) {
            throw new IllegalStateException("Theme %s: %s on %s has contrast %.2f:1, below %.1f:1"
                    .formatted(name, foreground, background, ratio, minimum));
        }
    }

    private static void check(
            String name, Map<String, String> settings, String key, java.util.regex.Pattern rule, boolean required) {
        String value = settings.get(key);
        if ((value == null && required)
                || (value != null && !rule.matcher(value).matches())) {
            throw new IllegalStateException("Theme " + name + ": invalid " + key + ": " + value);
        }
    }
}
