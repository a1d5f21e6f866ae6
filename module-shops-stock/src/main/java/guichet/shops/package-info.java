/** Shops and stock. */
@ApplicationModule(
        displayName = "Shops and stock",
        allowedDependencies = {
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.sites",
            "platform.tenancy",
            "platform.web"
        })
@NullMarked
package guichet.shops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
