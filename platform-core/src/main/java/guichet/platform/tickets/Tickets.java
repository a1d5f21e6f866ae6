package guichet.platform.tickets;

import guichet.platform.ids.TicketId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's tickets, as every module reads them: nothing here writes one (the claims module does). */
public interface Tickets extends Repository<Ticket, UUID> {

    Optional<Ticket> findById(UUID id);

    default Optional<Ticket> find(TicketId id) {
        return findById(id.value());
    }

    Optional<Ticket> findByNumber(String number);

    /**
     * The given ones, in no particular order. One array parameter rather than a list, so that Hibernate keeps the
     * query's translation from one call to the next whatever the number of ids (a list parameter is expanded into as
     * many parameters, which it translates anew at each call).
     */
    default List<Ticket> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withIds(ids.toArray(UUID[]::new));
    }

    @Query(value = "select * from core_ticket where id = any(:ids)", nativeQuery = true)
    List<Ticket> withIds(UUID[] ids);

    /** The given tickets, in the order of the ids (as a search answered them). */
    default List<Ticket> inOrder(List<TicketId> ids) {
        Map<UUID, Ticket> found = new HashMap<>();
        findAllById(ids.stream().map(TicketId::value).toList()).forEach(t -> found.put(t.id().value(), t));
        return ids.stream()
                .map(id -> found.get(id.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    Page<Ticket> findAll(Pageable page);

    /** A page of a customer's tickets, in the page's order (his personal data, say). */
    List<Ticket> findByCustomerId(UUID customer, Pageable page);

    /**
     * Which of these numbers are tickets of this customer (a wiki page links only those). An array parameter, for
     * the reason {@link #withIds} gives.
     */
    @Query(
            value = "select number from core_ticket where customer_id = :customer and number = any(:numbers)",
            nativeQuery = true)
    List<String> numbersOf(UUID customer, String[] numbers);

    /** How many tickets a customer has (a merge reports how many moved to the survivor). */
    long countByCustomerId(UUID customer);

    long count();

    /** Whether any ticket is about this product (a service no demand refers to may be deleted). */
    boolean existsByProductId(UUID product);

    long countByClosedAtIsNull();

    /** How many tickets of this sales representative's customers (the ticket row carries its customer's rep). */
    @Query(value = "select count(*) from core_ticket where sales_rep_id = :rep", nativeQuery = true)
    long countBySalesRep(UUID rep);

    /** How many of them are not closed. */
    @Query(
            value = "select count(*) from core_ticket where sales_rep_id = :rep and closed_at is null",
            nativeQuery = true)
    long countOpenBySalesRep(UUID rep);
}
