package guichet.platform.tenancy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's identity: its slug, which is also its sub-domain. The slug is validated on construction, so a database
 * schema name derived from it can never carry raw user input.
 *
 * @param slug lower-case letters, digits and single hyphens, 2 to 30 characters, starting with a letter
 */
public record TenantId(String slug) {

    private static final Pattern SLUG = Pattern.compile("^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,29}$");

    /**
     * Host labels and names the platform keeps for itself, and the realm names Keycloak keeps (its administration realm
     * {@code master}, and the first segments of its URLs, {@code /realms/<realm>} beside them), since a tenant's slug is
     * also its realm's name.
     */
    private static final Set<String> RESERVED = Set.of(
            "master",
            "realms",
            "resources",
            "js",
            "health",
            "metrics",
            "www",
            "api",
            "admin",
            "console",
            "platform",
            "auth",
            "login",
            "keycloak",
            "mail",
            "smtp",
            "imap",
            "static",
            "assets",
            "cdn",
            "status",
            "public",
            "pg",
            "postgres",
            "root",
            "system",
            "information");

    public TenantId {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidTenantSlugException(slug);
        }
        if (RESERVED.contains(slug)) {
            throw new InvalidTenantSlugException(slug);
        }
    }

    /** Whether {@code candidate} would be accepted as a slug. */
    public static boolean isValid(String candidate) {
        return candidate != null && SLUG.matcher(candidate).matches() && !RESERVED.contains(candidate);
    }

    /** The PostgreSQL schema holding this tenant's data. */
    public String schemaName() {
        return "tenant_" + slug.replace('-', '_');
    }

    @Override
    public String toString() {
        return slug;
    }

    /** Thrown when a slug does not follow the rules of {@link TenantId}. */
    public static final class InvalidTenantSlugException extends IllegalArgumentException {
        InvalidTenantSlugException(String slug) {
            super("Invalid tenant slug: "
                    + (slug == null ? "null" : "'" + slug.replaceAll("[^\\x20-\\x7e]", "?") + "'"));
        }
    }
}
