package guichet.claims;

import guichet.platform.ids.TicketId;
import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tickets.Ticket;

/** A ticket moved from a status to another (its categories say whether it was resolved, closed or reopened). */
public record TicketStatusChanged(TenantId tenant, TicketId ticket, String from, String to, Ticket.Category category)
        implements TenantEvent {}
