package guichet.platform.modules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a feature module tells the platform about itself. Each module jar registers exactly one as a bean from its
 * auto-configuration.
 *
 * @param id short lower-case identifier; the module's pages live under {@code /<id>}, its API under {@code /api/<id>},
 *     its tenant migrations under {@code classpath:db/migration/tenant/<id>} and its messages in
 *     {@code messages/<id>_<lang>.properties}
 * @param names the module's name in French, English and Arabic, keyed by language tag
 * @param navigation entries the module adds to the staff navigation
 * @param permissions permissions the module defines, checked by its pages and API
 * @param billingKey the key of the module's price in the billing system
 * @param order position of the module in navigation and lists
 */
public record ModuleDescriptor(
        String id,
        Map<String, String> names,
        List<NavigationEntry> navigation,
        List<Permission> permissions,
        String billingKey,
        int order) {

    private static final Pattern ID = Pattern.compile("^[a-z]{2,20}$");

    public ModuleDescriptor {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Module id must be 2-20 lower-case letters: " + id);
        }
        for (String language : List.of("fr", "en", "ar")) {
            if (!names.containsKey(language)) {
                throw new IllegalArgumentException("Module " + id + " has no name in " + language);
            }
        }
        names = Map.copyOf(names);
        navigation = List.copyOf(navigation);
        permissions = List.copyOf(permissions);
    }

    /** The path prefix of the module's pages. */
    public String pathPrefix() {
        return "/" + id;
    }

    /** The path prefix of the module's REST API. */
    public String apiPrefix() {
        return "/api/" + id;
    }

    /** Where the module's tenant migrations live. */
    public String migrationLocation() {
        return "classpath:db/migration/tenant/" + id;
    }

    /** The base name of the module's message bundle. */
    public String messagesBasename() {
        return "classpath:messages/" + id;
    }

    /** The module's name in a language, French when the language is not one of ours. */
    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.get("fr"));
    }

    /** Whether a request path belongs to this module. */
    public boolean owns(String path) {
        return isUnder(path, pathPrefix()) || isUnder(path, apiPrefix());
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
