package guichet.claims.search;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.tickets.Ticket;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search of tickets: full text (titles, messages, notes, customer names; a ticket number finds its ticket) and
 * filters, within what the user may see. Empty sets and null values do not filter.
 *
 * @param overdueBefore only open tickets whose resolution deadline is before this instant
 * @param unassigned only tickets nobody is assigned to (ignored when {@code assignee} is set)
 * @param awaitingCustomer only open tickets whose customer is expected to answer (the staff spoke last)
 * @param publicOnly whether the customer himself searches (the portal and its API): his text matches what he may read
 *     only, never a hidden note, and his lists sort on the activity he sees
 */
public record TicketQuery(
        @Nullable String text,
        CustomerAccess access,
        Set<Ticket.Category> categories,
        Set<String> statuses,
        Set<String> priorities,
        Set<String> types,
        @Nullable CustomerId customer,
        @Nullable UserId assignee,
        boolean unassigned,
        @Nullable SiteId site,
        @Nullable UserId createdBy,
        Ticket.@Nullable Channel channel,
        @Nullable Instant createdFrom,
        @Nullable Instant createdBefore,
        @Nullable Instant overdueBefore,
        @Nullable Instant closedFrom,
        boolean awaitingCustomer,
        boolean publicOnly) {

    /** A staff member's search. */
    public TicketQuery(
            @Nullable String text,
            CustomerAccess access,
            Set<Ticket.Category> categories,
            Set<String> statuses,
            Set<String> priorities,
            Set<String> types,
            @Nullable CustomerId customer,
            @Nullable UserId assignee,
            boolean unassigned,
            @Nullable SiteId site,
            @Nullable UserId createdBy,
            Ticket.@Nullable Channel channel,
            @Nullable Instant createdFrom,
            @Nullable Instant createdBefore,
            @Nullable Instant overdueBefore,
            @Nullable Instant closedFrom,
            boolean awaitingCustomer) {
        this(
                text,
                access,
                categories,
                statuses,
                priorities,
                types,
                customer,
                assignee,
                unassigned,
                site,
                createdBy,
                channel,
                createdFrom,
                createdBefore,
                overdueBefore,
                closedFrom,
                awaitingCustomer,
                false);
    }

    public TicketQuery {
        categories = Set.copyOf(categories);
        statuses = Set.copyOf(statuses);
        priorities = Set.copyOf(priorities);
        types = Set.copyOf(types);
    }

    /** Every ticket the access allows, for a staff member. */
    public static TicketQuery all(CustomerAccess access) {
        return new TicketQuery(
                null, access, Set.of(), Set.of(), Set.of(), Set.of(), null, null, false, null, null, null, null, null,
                null, null, false, false);
    }

    /** Every ticket of the customer's access, as he himself sees them ({@code publicOnly}). */
    public static TicketQuery ofCustomer(CustomerAccess access) {
        return new TicketQuery(
                null, access, Set.of(), Set.of(), Set.of(), Set.of(), null, null, false, null, null, null, null, null,
                null, null, false, true);
    }

    public TicketQuery withText(@Nullable String newText) {
        return new TicketQuery(
                newText,
                access,
                categories,
                statuses,
                priorities,
                types,
                customer,
                assignee,
                unassigned,
                site,
                createdBy,
                channel,
                createdFrom,
                createdBefore,
                overdueBefore,
                closedFrom,
                awaitingCustomer,
                publicOnly);
    }

    public TicketQuery withCategories(Set<Ticket.Category> newCategories) {
        return new TicketQuery(
                text,
                access,
                newCategories,
                statuses,
                priorities,
                types,
                customer,
                assignee,
                unassigned,
                site,
                createdBy,
                channel,
                createdFrom,
                createdBefore,
                overdueBefore,
                closedFrom,
                awaitingCustomer,
                publicOnly);
    }

    public TicketQuery withCustomer(@Nullable CustomerId newCustomer) {
        return new TicketQuery(
                text,
                access,
                categories,
                statuses,
                priorities,
                types,
                newCustomer,
                assignee,
                unassigned,
                site,
                createdBy,
                channel,
                createdFrom,
                createdBefore,
                overdueBefore,
                closedFrom,
                awaitingCustomer,
                publicOnly);
    }

    public TicketQuery withOverdueBefore(@Nullable Instant deadline) {
        return new TicketQuery(
                text,
                access,
                categories,
                statuses,
                priorities,
                types,
                customer,
                assignee,
                unassigned,
                site,
                createdBy,
                channel,
                createdFrom,
                createdBefore,
                deadline,
                closedFrom,
                awaitingCustomer,
                publicOnly);
    }

    public TicketQuery withClosedFrom(@Nullable Instant from) {
        return new TicketQuery(
                text,
                access,
                categories,
                statuses,
                priorities,
                types,
                customer,
                assignee,
                unassigned,
                site,
                createdBy,
                channel,
                createdFrom,
                createdBefore,
                overdueBefore,
                from,
                awaitingCustomer,
                publicOnly);
    }

    /** Only open tickets whose customer is expected to answer, or no such filter. */
    public TicketQuery withAwaitingCustomer(boolean awaiting) {
        return new TicketQuery(
                text,
                access,
                categories,
                statuses,
                priorities,
                types,
                customer,
                assignee,
                unassigned,
                site,
                createdBy,
                channel,
                createdFrom,
                createdBefore,
                overdueBefore,
                closedFrom,
                awaiting,
                publicOnly);
    }

    /** The same filters, made by someone else (the access only changes). */
    public TicketQuery withAccess(CustomerAccess newAccess) {
        return new TicketQuery(
                text,
                newAccess,
                categories,
                statuses,
                priorities,
                types,
                customer,
                assignee,
                unassigned,
                site,
                createdBy,
                channel,
                createdFrom,
                createdBefore,
                overdueBefore,
                closedFrom,
                awaitingCustomer,
                publicOnly);
    }
}
