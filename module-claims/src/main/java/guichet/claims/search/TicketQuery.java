package guichet.claims.search;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.tickets.Ticket;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A search of tickets: full text (titles, messages, notes, customer names; a ticket number finds its ticket) and
 * filters, within what the user may see. Empty sets and null values do not filter.
 *
 * @param site only the tickets recorded at this agency (seed 000)
 * @param product only the tickets about this product or service
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
        @Nullable ProductId product,
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
            @Nullable ProductId product,
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
                product,
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
                null, null, null, false, false);
    }

    /** Every ticket of the customer's access, as he himself sees them ({@code publicOnly}). */
    public static TicketQuery ofCustomer(CustomerAccess access) {
        return new TicketQuery(
                null, access, Set.of(), Set.of(), Set.of(), Set.of(), null, null, false, null, null, null, null, null,
                null, null, null, false, true);
    }

    public TicketQuery withText(@Nullable String newText) {
        return copy(d -> d.text = newText);
    }

    public TicketQuery withCategories(Set<Ticket.Category> newCategories) {
        return copy(d -> d.categories = newCategories);
    }

    public TicketQuery withCustomer(@Nullable CustomerId newCustomer) {
        return copy(d -> d.customer = newCustomer);
    }

    public TicketQuery withOverdueBefore(@Nullable Instant deadline) {
        return copy(d -> d.overdueBefore = deadline);
    }

    public TicketQuery withClosedFrom(@Nullable Instant from) {
        return copy(d -> d.closedFrom = from);
    }

    /** Only open tickets whose customer is expected to answer, or no such filter. */
    public TicketQuery withAwaitingCustomer(boolean awaiting) {
        return copy(d -> d.awaitingCustomer = awaiting);
    }

    /** The same filters, made by someone else (the access only changes). */
    public TicketQuery withAccess(CustomerAccess newAccess) {
        return copy(d -> d.access = newAccess);
    }

    /** This query with what {@code change} sets on a copy of its components, the others kept. */
    private TicketQuery copy(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.query();
    }

    /** The components of a query being derived from another: the one place that lists them all. */
    private static final class Draft {
        @Nullable
        String text;

        CustomerAccess access;
        Set<Ticket.Category> categories;
        final Set<String> statuses;
        final Set<String> priorities;
        final Set<String> types;

        @Nullable
        CustomerId customer;

        final @Nullable UserId assignee;
        final boolean unassigned;
        final @Nullable SiteId site;
        final @Nullable ProductId product;
        final @Nullable UserId createdBy;
        final Ticket.@Nullable Channel channel;
        final @Nullable Instant createdFrom;
        final @Nullable Instant createdBefore;

        @Nullable
        Instant overdueBefore;

        @Nullable
        Instant closedFrom;

        boolean awaitingCustomer;
        final boolean publicOnly;

        Draft(TicketQuery q) {
            text = q.text;
            access = q.access;
            categories = q.categories;
            statuses = q.statuses;
            priorities = q.priorities;
            types = q.types;
            customer = q.customer;
            assignee = q.assignee;
            unassigned = q.unassigned;
            site = q.site;
            product = q.product;
            createdBy = q.createdBy;
            channel = q.channel;
            createdFrom = q.createdFrom;
            createdBefore = q.createdBefore;
            overdueBefore = q.overdueBefore;
            closedFrom = q.closedFrom;
            awaitingCustomer = q.awaitingCustomer;
            publicOnly = q.publicOnly;
        }

        TicketQuery query() {
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
                    product,
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
}
