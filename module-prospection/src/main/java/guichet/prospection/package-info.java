/** Prospecting: the prospects to win, and the public help forum for customers and prospects. */
@ApplicationModule(
        displayName = "Prospecting",
        allowedDependencies = {
            "customers",
            "platform.customers",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.notifications",
            "platform.tenancy",
            "platform.text",
            "platform.tickets",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.prospection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
