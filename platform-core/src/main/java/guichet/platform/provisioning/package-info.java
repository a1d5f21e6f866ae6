/** Creating tenants: checking the request, creating and migrating the schema, then entering it in the catalogue. */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Tenant provisioning",
        allowedDependencies = {
            "platform.i18n",
            "platform.modules",
            "platform.money",
            "platform.persistence",
            "platform.realms",
            "platform.tenancy",
            "platform.theming"
        })
@NullMarked
package guichet.platform.provisioning;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
