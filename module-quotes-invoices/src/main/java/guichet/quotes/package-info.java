/** Quotes and invoices. */
@ApplicationModule(
        displayName = "Quotes and invoices",
        allowedDependencies = {
            "platform.catalog",
            "platform.identity",
            "platform.modules",
            "platform.money",
            "platform.tenancy",
            "platform.web"
        })
@NullMarked
package guichet.quotes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
