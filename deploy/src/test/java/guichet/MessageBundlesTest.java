package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message exists in French, English and Arabic, once; every key a template uses exists; a column heading is never
 * a message meant for another place.
 */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("fr", "en", "ar");
    private static final Pattern BUNDLE = Pattern.compile(".*/messages/([a-z]+)_([a-z]{2})\\.properties$");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern HEADING = Pattern.compile("<th\\b[^>]*th:text=\"#\\{([\\w.-]+)[}(]");
    private static final Pattern SORTABLE_HEADING = Pattern.compile("sortable\\([^)]*?,\\s*#\\{([\\w.-]+)}\\)");
    private static final Pattern NOTICE =
            Pattern.compile("Attribute\\(\\s*\"(?:notice|problem|error|\\w+Problem)\"\\s*,([^;]+);");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");
    /** The first argument of a {@code record(…)} call: an action, or a choice of two ({@code a ? "X" : "Y"}). */
    private static final Pattern RECORDED_ACTION = Pattern.compile("\\.record\\(\\s*([^,;]+),");

    private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z0-9_]*[A-Z0-9])\"");
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

    /** A key written twice in a bundle silently keeps the last (a column header became a success message so). */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource resource : resources.getResources("classpath*:messages/*.properties")) {
            Set<String> seen = new HashSet<>();
            boolean continued = false;
            for (String line :
                    resource.getContentAsString(StandardCharsets.UTF_8).split("\\R")) {
                boolean entry = !continued && !line.isBlank() && !line.startsWith("#") && !line.startsWith("!");
                if (entry
                        && line.contains("=")
                        && !seen.add(line.substring(0, line.indexOf('=')).strip())) {
                    problems.add(resource.getFilename() + ": " + line.substring(0, line.indexOf('=')));
                }
                continued = line.endsWith("\\");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A column's heading is never a message the application shows after an action (« Les modifications ont été
     * enregistrées. » heading the last-update column): the keys the templates put in table headings and the keys
     * the controllers hand over as notices or problems are two separate sets.
     */
    @Test
    void noColumnHeadingIsANoticeOrAProblem() throws IOException {
        Set<String> headings = new TreeSet<>();
        for (Resource template : resources.getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            for (Pattern heading : List.of(HEADING, SORTABLE_HEADING)) {
                Matcher keys = heading.matcher(html);
                while (keys.find()) {
                    headings.add(keys.group(1));
                }
            }
        }
        Set<String> notices = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("..").toAbsolutePath().normalize(), 12)) {
            for (Path source : sources.filter(
                            p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .toList()) {
                Matcher handedOver = NOTICE.matcher(Files.readString(source));
                while (handedOver.find()) {
                    Matcher keys = KEY_LITERAL.matcher(handedOver.group(1));
                    while (keys.find()) {
                        notices.add(keys.group(1));
                    }
                }
            }
        }
        assertThat(headings).as("keys of table headings").hasSizeGreaterThan(50);
        assertThat(notices).as("keys of notices").hasSizeGreaterThan(50).contains("claims.updated");
        Set<String> both = new TreeSet<>(headings);
        both.retainAll(notices);
        assertThat(both)
                .as("keys used both as a column heading and as a notice")
                .isEmpty();
    }

    /**
     * Every action a module records in the tenant's history has its label, so the history page never shows a raw key
     * such as {@code PROSPECT_CREATED}; the tickets' actions are recorded as {@code TICKET_} and their timeline's.
     */
    @Test
    void everyActionRecordedInTheHistoryHasItsLabel() throws IOException {
        Set<String> known = new HashSet<>();
        bundles()
                .values()
                .forEach(byLanguage -> known.addAll(byLanguage.get("fr").stringPropertyNames()));
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("..").toAbsolutePath().normalize(), 12)) {
            for (Path source : sources.filter(
                            p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .toList()) {
                Matcher call = RECORDED_ACTION.matcher(Files.readString(source));
                while (call.find()) {
                    Matcher action = ACTION.matcher(call.group(1));
                    while (action.find()) {
                        recorded.add(action.group(1));
                    }
                }
            }
        }
        for (guichet.claims.desk.TimelineEntry.Action action : guichet.claims.desk.TimelineEntry.Action.values()) {
            recorded.add("TICKET_" + action.name());
        }
        assertThat(recorded).as("actions recorded").hasSizeGreaterThan(50).contains("PROSPECT_CREATED", "SITE_CLOSED");
        assertThat(recorded.stream().filter(action -> !known.contains("history.action." + action)))
                .as("actions without a label history.action.*")
                .isEmpty();
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
