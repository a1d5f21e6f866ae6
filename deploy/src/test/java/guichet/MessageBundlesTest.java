package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message exists in French, English and Arabic, and every key a template uses exists. */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("fr", "en", "ar");
    private static final Pattern BUNDLE = Pattern.compile(".*/messages/([a-z]+)_([a-z]{2})\\.properties$");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        Map<String, Map<String, Properties>> bundles = bundles();
        assertThat(bundles)
                .containsKeys("core", "customers", "claims", "quotes", "stats", "shops", "offers", "prospection");
        List<String> problems = new ArrayList<>();
        bundles.forEach((basename, byLanguage) -> {
            Set<String> reference = byLanguage.get("fr").stringPropertyNames();
            for (String language : LANGUAGES) {
                Properties messages = byLanguage.get(language);
                if (messages == null) {
                    problems.add(basename + ": no " + language + " bundle");
                    continue;
                }
                Set<String> missing = new TreeSet<>(reference);
                missing.removeAll(messages.stringPropertyNames());
                Set<String> extra = new TreeSet<>(messages.stringPropertyNames());
                extra.removeAll(reference);
                missing.forEach(key -> problems.add(basename + "_" + language + " lacks " + key));
                extra.forEach(key -> problems.add(basename + "_" + language + " has " + key + ", French does not"));
                messages.forEach((key, value) -> {
                    if (value.toString().isBlank()) {
                        problems.add(basename + "_" + language + ": " + key + " is empty");
                    }
                });
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        bundles()
                .forEach((basename, byLanguage) ->
                        byLanguage.forEach((language, messages) -> messages.forEach((key, value) -> {
                            String text = value.toString();
                            if (PLACEHOLDER.matcher(text).find()
                                    && LONE_APOSTROPHE.matcher(text).find()) {
                                problems.add(basename + "_" + language + ": " + key + " = " + text);
                            }
                        })));
        assertThat(problems).as("MessageFormat would swallow these apostrophes").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new HashSet<>();
        bundles()
                .values()
                .forEach(byLanguage -> known.addAll(byLanguage.get("fr").stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (Resource template : resources.getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher keys = TEMPLATE_KEY.matcher(html);
            while (keys.find()) {
                if (!known.contains(keys.group(1))) {
                    problems.add(template.getFilename() + ": " + keys.group(1));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private Map<String, Map<String, Properties>> bundles() throws IOException {
        Map<String, Map<String, Properties>> bundles = new TreeMap<>();
        for (Resource resource : resources.getResources("classpath*:messages/*.properties")) {
            Matcher name = BUNDLE.matcher(resource.getURL().toString());
            if (!name.matches()) {
                continue;
            }
            Properties messages = new Properties();
            try (InputStream in = resource.getInputStream()) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            bundles.computeIfAbsent(name.group(1), k -> new TreeMap<>()).put(name.group(2), messages);
        }
        return bundles;
    }
}
