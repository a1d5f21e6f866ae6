package guichet.claims;

import guichet.platform.tickets.Ticket;
import guichet.platform.users.UserId;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every notification the claims module sends (point 8 of the issue), in one place: to the customer on creation,
 * status change and staff reply; to the staff on a new ticket, assignment, mention, reminder and SLA warning. Each
 * goes out in the caller's transaction, with the ticket number as its thread.
 *
 * <p>Platform core's notification outbox is not on this branch yet: until it is, the notices are only logged, and
 * wiring them is a change of this class alone.
 */
@Component
class ClaimNotices {

    private static final Logger log = LoggerFactory.getLogger(ClaimNotices.class);

    /** To the customer: his ticket was opened (seed 003: « validation de création d'un ticket »). */
    void opened(Ticket ticket) {
        notice("claims.ticket-opened", ticket, "customer");
    }

    /** To the staff: a new ticket came in (seed 001). */
    void newTicket(Ticket ticket) {
        notice("claims.new-ticket", ticket, "staff");
    }

    /** To the customer: his ticket changed status; closing or resolving it asks for his rating. */
    void statusChanged(Ticket ticket, String statusLabel) {
        notice("claims.status-changed", ticket, statusLabel);
    }

    /** To the customer: the staff answered (seed 003). */
    void staffReplied(Ticket ticket, String author) {
        notice("claims.staff-replied", ticket, author);
    }

    void assigned(Ticket ticket, Collection<UserId> staff) {
        notice("claims.assigned", ticket, staff.toString());
    }

    void mentioned(Ticket ticket, Collection<UserId> staff) {
        notice("claims.mentioned", ticket, staff.toString());
    }

    void reminder(Ticket ticket, UserId to) {
        notice("claims.reminder", ticket, to.toString());
    }

    void slaWarning(Ticket ticket) {
        notice("claims.sla-warning", ticket, "assignees");
    }

    private static void notice(String kind, Ticket ticket, String to) {
        log.info("[{}] {} for {}", ticket.number(), kind, to);
    }
}
