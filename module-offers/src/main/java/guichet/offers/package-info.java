/** Offers, packs and promotions. */
@ApplicationModule(
        displayName = "Offers, packs and promotions",
        allowedDependencies = {
            "platform :: modules",
            "platform :: identity",
            "platform :: tenancy",
            "platform :: catalog",
            "platform :: web"
        })
@NullMarked
package guichet.offers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
