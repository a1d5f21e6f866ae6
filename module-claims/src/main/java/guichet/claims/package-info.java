/** Claims and tickets. */
@ApplicationModule(
        displayName = "Claims and tickets",
        allowedDependencies = {
            "platform :: modules",
            "platform :: identity",
            "platform :: tenancy",
            "platform :: tickets",
            "platform :: customers",
            "platform :: web"
        })
@NullMarked
package guichet.claims;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
