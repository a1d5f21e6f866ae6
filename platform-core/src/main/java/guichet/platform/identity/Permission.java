package guichet.platform.identity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A permission platform core or a module defines, named {@code <module>.<action>} such as {@code claims.reply}, with
 * the roles that hold it by default. The tenant administrator holds every permission without being named.
 *
 * @param id the permission's name
 * @param labelKey message key of its description in the role administration pages
 * @param grantedTo the roles that hold it by default, besides the tenant administrator; never null, possibly empty
 */
public record Permission(String id, String labelKey, Set<Role> grantedTo) {

    private static final Pattern ID = Pattern.compile("^[a-z]{2,20}\\.[a-z][a-z-]{1,40}$");

    public Permission {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Permission must be named <module>.<action>: " + id);
        }
        grantedTo = Set.copyOf(grantedTo);
        if (grantedTo.contains(Role.TENANT_ADMIN)) {
            throw new IllegalArgumentException(
                    "The tenant administrator holds every permission; do not name him: " + id);
        }
    }

    /** A permission held by default by these roles (and the tenant administrator). */
    public Permission(String id, String labelKey, Role... grantedTo) {
        this(id, labelKey, Set.of(grantedTo));
    }
}
