package guichet.platform.tickets;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's tickets. */
public interface Tickets extends Repository<Ticket, UUID> {

    Ticket save(Ticket ticket);

    Optional<Ticket> findById(UUID id);

    default Optional<Ticket> find(TicketId id) {
        return findById(id.value());
    }

    Optional<Ticket> findByNumber(String number);

    Page<Ticket> findAll(Pageable page);

    long count();

    long countByClosedAtIsNull();

    @Query(value = "select nextval('core_ticket_number_seq')", nativeQuery = true)
    long nextNumberValue();

    /** The next ticket number of the tenant, such as {@code T-000042}. */
    default String nextNumber() {
        return "T-" + String.format("%06d", nextNumberValue());
    }
}
