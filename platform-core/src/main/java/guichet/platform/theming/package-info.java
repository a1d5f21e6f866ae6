/**
 * Tenant themes: colours, fonts and logo read from {@code guichet/themes/<name>/theme.properties} on the classpath
 * (the tenant-themes jar), inheriting through {@code parent=} and served as CSS custom properties.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Themes",
        allowedDependencies = {"platform.identity", "platform.tenancy", "platform.web"})
@NullMarked
package guichet.platform.theming;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
