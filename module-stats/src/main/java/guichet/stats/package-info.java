/** Statistics and dashboards. */
@ApplicationModule(
        displayName = "Statistics and dashboards",
        allowedDependencies = {
            "platform :: modules",
            "platform :: identity",
            "platform :: tenancy",
            "platform :: customers",
            "platform :: tickets",
            "platform :: catalog",
            "platform :: sites",
            "platform :: web"
        })
@NullMarked
package guichet.stats;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
