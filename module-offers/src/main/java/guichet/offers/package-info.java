/** Offers, packs and promotions. */
@ApplicationModule(
        displayName = "Offers, packs and promotions",
        allowedDependencies = {
            "platform.catalog",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.tenancy",
            "platform.web"
        })
@NullMarked
package guichet.offers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
