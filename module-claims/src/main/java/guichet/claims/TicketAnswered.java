package guichet.claims;

import guichet.platform.ids.TicketId;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A staff member answered a ticket in public (a reply or a request for precision, never a hidden note): the statistics
 * count the first answer's time (issue 17).
 *
 * @param by who answered, {@code null} for Guichet itself
 * @param first whether it is the ticket's first answer by the staff, which dates its first response
 */
public record TicketAnswered(
        TenantId tenant, TicketId ticket, @Nullable UserId by, boolean first) implements TenantEvent {}
