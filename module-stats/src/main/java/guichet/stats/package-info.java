/** Statistics and dashboards. */
@ApplicationModule(
        displayName = "Statistics and dashboards",
        allowedDependencies = {
            "platform.catalog",
            "platform.customers",
            "platform.figures",
            "platform.filters",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.sites",
            "platform.tenancy",
            "platform.tickets",
            "platform.web"
        })
@NullMarked
package guichet.stats;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
