package guichet.claims;

import guichet.platform.modules.Refusal;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.TicketDoor;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the tickets other modules ask for (a forum question turned into a ticket for its author) through the same
 * {@link ServiceDesk#open} as every other door: the customer is told, the staff notified, the timeline written.
 */
@Component
class ClaimsTicketDoor implements TicketDoor {

    private final ServiceDesk desk;

    ClaimsTicketDoor(ServiceDesk desk) {
        this.desk = desk;
    }

    @Override
    public String module() {
        return ClaimsModule.ID;
    }

    // In the caller's transaction: what the caller records about the ticket exists exactly when the ticket does.
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String open(Request request) {
        try {
            return desk.open(
                            new Opening(
                                    Ticket.Channel.STAFF,
                                    request.title(),
                                    request.description(),
                                    request.customer(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    null,
                                    null,
                                    null),
                            new Actor(request.staff(), request.staffName(), true, null))
                    .number();
        } catch (TicketRejected rejected) {
            throw new Refusal(rejected.messageKey());
        }
    }
}
