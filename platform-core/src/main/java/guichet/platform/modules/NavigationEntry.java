package guichet.platform.modules;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A link of the staff navigation: one a module adds, or one of the platform's administration pages.
 *
 * @param path where it leads (for a module's link, under the module's prefix)
 * @param labelKey message key of its label
 * @param permission the permission a user needs to see it, or {@code null} for every staff user
 */
public record NavigationEntry(
        String path, String labelKey, @Nullable String permission) {

    /** Whether the link shows for a user who holds the permissions {@code can} accepts. */
    public boolean visibleTo(Predicate<String> can) {
        return permission == null || can.test(permission);
    }
}
