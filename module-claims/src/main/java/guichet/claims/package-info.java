/**
 * Claims and tickets: the service desk. Its API is {@link guichet.claims.ServiceDesk} (opening from every door,
 * replies, notes, lifecycle), {@link guichet.claims.TicketEditing} (fields, assignment, mentions, reminders),
 * {@link guichet.claims.TicketAccess} (whose tickets a user reaches) and the events it publishes; its ticket search
 * port is the named interface {@code guichet.claims.search}. It alone writes tickets
 * ({@code guichet.claims.desk.Claim}), platform core reading them as its read-only {@code Ticket}; other modules'
 * changes reach it as events (a merge, an anonymisation).
 */
@ApplicationModule(
        displayName = "Claims and tickets",
        allowedDependencies = {
            "platform.catalog",
            "platform.customers",
            "platform.files",
            "platform.figures",
            "platform.filters",
            "platform.history",
            "platform.i18n",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.notifications",
            "platform.sales",
            "platform.search",
            "platform.signals",
            "platform.sites",
            "platform.tenancy",
            "platform.text",
            "platform.tickets",
            "platform.users",
            "platform.web",
            "customers"
        })
@NullMarked
package guichet.claims;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
