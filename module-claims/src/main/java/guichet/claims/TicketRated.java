package guichet.claims;

import guichet.platform.ids.TicketId;
import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;

/** A customer rated the service on a ticket, 1 to 5: statistics of satisfaction read these (seed 000). */
public record TicketRated(TenantId tenant, TicketId ticket, int score) implements TenantEvent {}
