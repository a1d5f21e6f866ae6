package guichet.claims;

import guichet.claims.desk.Claims;
import guichet.customers.CustomerMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a merged customer's tickets to the survivor when the customers module announces the merge: the tickets are the
 * claims module's to change, the merge the customers module's.
 */
@Component
class TicketTransfer {

    private final Claims tickets;

    TicketTransfer(Claims tickets) {
        this.tickets = tickets;
    }

    // A plain synchronous listener, not an after-commit one: the tickets move in the merge's own transaction, so that a
    // failure here rolls the whole merge back and a merged record never keeps tickets (ADR 21).
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomerMerged event) {
        tickets.transferAll(event.merged().value(), event.survivor().value());
    }
}
