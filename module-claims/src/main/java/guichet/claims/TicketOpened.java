package guichet.claims;

import guichet.platform.ids.TicketId;
import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tickets.Ticket;

/** A ticket was opened, through one of its doors. */
public record TicketOpened(TenantId tenant, TicketId ticket, Ticket.Channel channel) implements TenantEvent {}
