/** The page shell every screen shares: brand, navigation built from the tenant's modules, language switcher. */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Page shell",
        allowedDependencies = {
            "platform.i18n",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.tenancy"
        })
@NullMarked
package guichet.platform.shell;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
