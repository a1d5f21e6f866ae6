package ticketfixture;

import guichet.platform.tickets.AbstractTicket;
import guichet.platform.tickets.Ticket;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A writable ticket outside the claims module, as the ticket rules of {@code ArchitectureTest} must refuse it. */
@Entity
@Table(name = "core_ticket")
class ReopenedTicket extends AbstractTicket {

    void reopen() {
        this.status = "open";
        this.category = Ticket.Category.IN_PROGRESS;
    }
}
