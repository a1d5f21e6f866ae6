/**
 * Languages (French first, English, Arabic right-to-left), the message bundles of core and modules, and each tenant's
 * own vocabulary layered over them.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Languages",
        allowedDependencies = {"platform.modules", "platform.tenancy"})
@NullMarked
package guichet.platform.i18n;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
