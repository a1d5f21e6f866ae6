/** Prospecting. */
@ApplicationModule(
        displayName = "Prospecting",
        allowedDependencies = {
            "platform.customers",
            "platform.identity",
            "platform.modules",
            "platform.tenancy",
            "platform.web"
        })
@NullMarked
package guichet.prospection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
