package guichet.platform.theming;

import guichet.platform.theming.definition.Theme;
import guichet.platform.theming.definition.ThemeDefinitions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every theme on the classpath, read once at start-up and resolved by {@link ThemeDefinitions}. A theme's settings are
 * checked then, so a bad colour or font stops the application instead of reaching a page.
 */
@Component
public class Themes {

    private static final String ROOT = ThemeDefinitions.ROOT;
    private static final String BASE = ThemeDefinitions.BASE;

    private final Map<String, Theme> themes;

    Themes(ResourcePatternResolver resources) {
        this.themes = Collections.unmodifiableMap(ThemeDefinitions.resolve(load(resources)));
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
        return List.copyOf(themes.values());
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
}
