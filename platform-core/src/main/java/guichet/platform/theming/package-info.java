/**
 * Tenant themes: colours, fonts and logo read from {@code guichet/themes/<name>/theme.properties} on the classpath
 * (the tenant-themes jar), inheriting through {@code parent=} and served as CSS custom properties.
 */
@NamedInterface("theming")
@NullMarked
package guichet.platform.theming;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
