package ticketfixture;

import guichet.platform.tickets.Ticket;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A repository of the shared ticket that rewrites rows, as the ticket rules of {@code ArchitectureTest} must refuse it. */
interface RewritingTickets extends Repository<Ticket, UUID> {

    @Modifying
    @Query("update Ticket t set t.customerId = :survivor where t.customerId = :merged")
    int transferAll(UUID merged, UUID survivor);
}
