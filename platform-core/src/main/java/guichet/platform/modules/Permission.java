package guichet.platform.modules;

import java.util.regex.Pattern;

/**
 * A permission a module defines, named {@code <module>.<action>}, such as {@code claims.reply}.
 *
 * @param id the permission's name
 * @param labelKey message key of its description in the role administration pages
 */
public record Permission(String id, String labelKey) {

    private static final Pattern ID = Pattern.compile("^[a-z]{2,20}\\.[a-z][a-z-]{1,40}$");

    public Permission {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Permission must be named <module>.<action>: " + id);
        }
    }
}
