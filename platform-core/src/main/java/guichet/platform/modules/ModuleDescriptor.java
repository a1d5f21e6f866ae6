package guichet.platform.modules;

import guichet.platform.identity.Permission;
import java.util.ArrayList;
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
 * @param publicPaths what anyone may reach without signing in (a store locator, a sign-up page), on the hosts of
 *     tenants that have the module: path patterns under the module's own prefix ({@code /shops/locator/**}), each
 *     handler of which declares {@code @RequiresPermission(PUBLIC)}; every other path of the module asks to sign in
 * @param apiAliases further API prefixes the module owns beside {@code /api/<id>}, each {@code /api/<word>}, where the
 *     module's API speaks of a thing by its own name ({@code /api/invoices} of the quotes module, {@code /api/forum}
 *     of prospection); routed, gated, documented and opened to public paths exactly as the module's own prefix
 */
public record ModuleDescriptor(
        String id,
        Map<String, String> names,
        List<NavigationEntry> navigation,
        List<Permission> permissions,
        String billingKey,
        int order,
        List<String> publicPaths,
        List<String> apiAliases) {

    private static final Pattern ID = Pattern.compile("^[a-z]{2,20}$");

    private static final Pattern API_ALIAS = Pattern.compile("^/api/[a-z]{2,20}$");

    /**
     * A public path: literal segments ({@code [a-z0-9._~-]}), {@code *} or {@code {variable}} segments, and at most a
     * final {@code /**}; no dot segments, nothing a request could disguise.
     */
    private static final Pattern PUBLIC_PATH =
            Pattern.compile("^(/(?!\\.{1,2}(/|$))([a-z0-9._~-]+|\\*|\\{[a-z][A-Za-z0-9]*}))+(/\\*\\*)?$");

    /** A module whose every page and endpoint asks to sign in. */
    public ModuleDescriptor(
            String id,
            Map<String, String> names,
            List<NavigationEntry> navigation,
            List<Permission> permissions,
            String billingKey,
            int order) {
        this(id, names, navigation, permissions, billingKey, order, List.of());
    }

    /** A module that owns only {@code /<id>} and {@code /api/<id>}. */
    public ModuleDescriptor(
            String id,
            Map<String, String> names,
            List<NavigationEntry> navigation,
            List<Permission> permissions,
            String billingKey,
            int order,
            List<String> publicPaths) {
        this(id, names, navigation, permissions, billingKey, order, publicPaths, List.of());
    }

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
        publicPaths = List.copyOf(publicPaths);
        apiAliases = List.copyOf(apiAliases);
        for (String alias : apiAliases) {
            if (!API_ALIAS.matcher(alias).matches() || alias.equals("/api/" + id)) {
                throw new IllegalArgumentException(
                        "API alias of module " + id + " must be /api/ and 2-20 lower-case letters: " + alias);
            }
        }
        for (String path : publicPaths) {
            String under = path;
            boolean owned = path.startsWith("/" + id + "/")
                    || path.startsWith("/api/" + id + "/")
                    || apiAliases.stream().anyMatch(alias -> under.startsWith(alias + "/"));
            if (!PUBLIC_PATH.matcher(path).matches() || !owned) {
                throw new IllegalArgumentException("Public path of module " + id + " must be a plain pattern under /"
                        + id + "/, /api/" + id + "/ or an API alias: " + path);
            }
        }
    }

    /** The path prefix of the module's pages. */
    public String pathPrefix() {
        return "/" + id;
    }

    /** The path prefix of the module's REST API. */
    public String apiPrefix() {
        return "/api/" + id;
    }

    /** Every API prefix the module owns: {@code /api/<id>} first, then its aliases. */
    public List<String> apiPrefixes() {
        List<String> prefixes = new ArrayList<>(1 + apiAliases.size());
        prefixes.add(apiPrefix());
        prefixes.addAll(apiAliases);
        return List.copyOf(prefixes);
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
        return isUnder(path, pathPrefix())
                || isUnder(path, apiPrefix())
                || apiAliases.stream().anyMatch(alias -> isUnder(path, alias));
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
