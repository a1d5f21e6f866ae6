package guichet.platform.modules;

import guichet.platform.identity.RequiresPermission;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A link of the staff navigation: one a module adds, or one of the platform's administration pages.
 *
 * @param path where it leads (for a module's link, under the module's prefix)
 * @param labelKey message key of its label
 * @param permission the permission a user needs to see it, or {@code null} for everyone; {@link
 *     RequiresPermission#PUBLIC} for visitors who have not signed in only (the way in to a module's public path)
 */
public record NavigationEntry(
        String path, String labelKey, @Nullable String permission) {

    /** Whether the link shows for a signed-in user who holds the permissions {@code can} accepts. */
    public boolean visibleTo(Predicate<String> can) {
        return permission == null || (!isForVisitors() && can.test(permission));
    }

    /** Whether the link shows to visitors who have not signed in: links for everyone and the ways in to public pages. */
    public boolean visibleToVisitors() {
        return permission == null || isForVisitors();
    }

    private boolean isForVisitors() {
        return RequiresPermission.PUBLIC.equals(permission);
    }
}
