/**
 * Customers and prospects (seed 002, module 1): the customer directory and page, duplicates and merges, the product
 * catalogue, sales with serial numbers (seed 004), the customer-base synchronisation (seed 003) and personal data
 * requests. Everything a user sees of customers stays within his {@code CustomerAccess}.
 */
@ApplicationModule(
        displayName = "Customers and prospects",
        allowedDependencies = {
            "platform :: modules",
            "platform :: identity",
            "platform :: tenancy",
            "platform :: customers",
            "platform :: web",
            "platform :: search",
            "platform :: sales",
            "platform :: catalog",
            "platform :: history",
            "platform :: users",
            "platform :: accounts",
            "platform :: tickets",
            "platform :: sites",
            "platform :: filters",
            "platform :: files",
            "platform :: text"
        })
@NullMarked
package guichet.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
