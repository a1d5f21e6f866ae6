/** Shops and stock. */
@ApplicationModule(
        displayName = "Shops and stock",
        allowedDependencies = {
            "platform :: modules",
            "platform :: identity",
            "platform :: tenancy",
            "platform :: sites",
            "platform :: web"
        })
@NullMarked
package guichet.shops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
