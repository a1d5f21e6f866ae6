/** Quotes and invoices. */
@ApplicationModule(
        displayName = "Quotes and invoices",
        allowedDependencies = {
            "platform.catalog",
            "platform.customers",
            "platform.files",
            "platform.i18n",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.money",
            "platform.notifications",
            "platform.sites",
            "platform.tenancy",
            "platform.tickets",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.quotes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
