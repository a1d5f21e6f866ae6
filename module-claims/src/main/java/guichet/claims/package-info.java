/**
 * Claims and tickets: the service desk. Its API is {@link guichet.claims.ServiceDesk} (opening from every door,
 * replies, notes, lifecycle), {@link guichet.claims.TicketEditing} (fields, assignment, mentions, reminders),
 * {@link guichet.claims.TicketAccess} (whose tickets a user reaches) and the events it publishes.
 */
@ApplicationModule(
        displayName = "Claims and tickets",
        allowedDependencies = {
            "platform :: modules",
            "platform :: identity",
            "platform :: tenancy",
            "platform :: tickets",
            "platform :: customers",
            "platform :: catalog",
            "platform :: sales",
            "platform :: sites",
            "platform :: users",
            "platform :: search",
            "platform :: history",
            "platform :: filters",
            "platform :: files",
            "platform :: notifications",
            "platform :: web",
            "platform :: text"
        })
@NullMarked
package guichet.claims;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
