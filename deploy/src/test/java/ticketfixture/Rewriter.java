package ticketfixture;

import guichet.claims.desk.Claim;
import java.time.Instant;

/** Another module changing the claims module's ticket, as the ticket rules of {@code ArchitectureTest} must refuse it. */
class Rewriter {

    void close(Claim ticket) {
        ticket.changeStatus("closed", guichet.platform.tickets.Ticket.Category.CLOSED, Instant.now());
    }
}
