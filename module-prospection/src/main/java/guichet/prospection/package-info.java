/** Prospecting. */
@ApplicationModule(
        displayName = "Prospecting",
        allowedDependencies = {
            "platform :: modules",
            "platform :: identity",
            "platform :: tenancy",
            "platform :: customers",
            "platform :: web"
        })
@NullMarked
package guichet.prospection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
