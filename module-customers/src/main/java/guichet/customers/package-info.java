/**
 * Customers and prospects (seed 002, module 1): the customer directory and page, duplicates and merges, the product
 * catalogue, sales with serial numbers (seed 004), the customer-base synchronisation (seed 003) and personal data
 * requests. Everything a user sees of customers stays within his {@code CustomerAccess}.
 */
@ApplicationModule(
        displayName = "Customers and prospects",
        allowedDependencies = {
            "platform.accounts",
            "platform.catalog",
            "platform.customers",
            "platform.figures",
            "platform.files",
            "platform.filters",
            "platform.history",
            "platform.i18n",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.money",
            "platform.realms",
            "platform.sales",
            "platform.search",
            "platform.sites",
            "platform.tenancy",
            "platform.text",
            "platform.tickets",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
