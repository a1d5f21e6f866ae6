/**
 * The platform owner's console on the base host: list, create, suspend and resume tenants, grant modules, price them;
 * export, restore and delete tenants.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Platform console",
        allowedDependencies = {
            "platform.archives",
            "platform.billing",
            "platform.modules",
            "platform.money",
            "platform.provisioning",
            "platform.tenancy",
            "platform.theming",
            "platform.web"
        })
@NullMarked
package guichet.platform.console;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
