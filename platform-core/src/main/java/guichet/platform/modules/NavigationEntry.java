package guichet.platform.modules;

import org.jspecify.annotations.Nullable;

/**
 * A link a module adds to the staff navigation.
 *
 * @param path where it leads, under the module's prefix
 * @param labelKey message key of its label
 * @param permission the permission a user needs to see it, or {@code null} for every staff user
 */
public record NavigationEntry(
        String path, String labelKey, @Nullable String permission) {}
