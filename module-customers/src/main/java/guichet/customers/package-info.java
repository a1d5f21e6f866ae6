/** Customers and prospects: finding, consulting and (later) managing the tenant's customer base. */
@ApplicationModule(
        displayName = "Customers and prospects",
        allowedDependencies = {
            "platform :: modules",
            "platform :: identity",
            "platform :: tenancy",
            "platform :: customers",
            "platform :: web"
        })
@NullMarked
package guichet.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
