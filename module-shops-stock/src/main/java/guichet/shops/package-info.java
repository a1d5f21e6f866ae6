/**
 * Shops and stock (seed 002, module 5; seed 000's agencies): the tenant's sites with their opening hours, special
 * days and services, the store locator that finds the nearest open one, and their stock.
 */
@ApplicationModule(
        displayName = "Shops and stock",
        allowedDependencies = {
            "platform.catalog",
            "platform.history",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.notifications",
            "platform.sales",
            "platform.sites",
            "platform.tenancy",
            "platform.tickets",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.shops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
