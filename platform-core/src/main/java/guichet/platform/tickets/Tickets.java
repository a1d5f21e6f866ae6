package guichet.platform.tickets;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
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

    @Query("select t from Ticket t where t.id in :ids")
    List<Ticket> findAllById(Collection<UUID> ids);

    /** The given tickets, in the order of the ids (as a search answered them). */
    default List<Ticket> inOrder(List<TicketId> ids) {
        java.util.Map<UUID, Ticket> found = new java.util.HashMap<>();
        findAllById(ids.stream().map(TicketId::value).toList()).forEach(t -> found.put(t.id().value(), t));
        return ids.stream()
                .map(id -> found.get(id.value()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    Page<Ticket> findAll(Pageable page);

    /** Moves every ticket of a merged customer to the survivor. */
    @Modifying
    @Query("update Ticket t set t.customerId = :survivor where t.customerId = :merged")
    int transferAll(UUID merged, UUID survivor);

    long count();

    long countByClosedAtIsNull();

    @Query(value = "select nextval('core_ticket_number_seq')", nativeQuery = true)
    long nextNumberValue();

    /** The next ticket number of the tenant, such as {@code T-000042}. */
    default String nextNumber() {
        return "T-" + String.format("%06d", nextNumberValue());
    }
}
