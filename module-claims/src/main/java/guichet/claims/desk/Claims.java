package guichet.claims.desk;

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
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's tickets as the claims module handles them: every write of a ticket goes through here. */
public interface Claims extends Repository<Claim, UUID> {

    Claim save(Claim claim);

    Optional<Claim> findById(UUID id);

    default Optional<Claim> find(TicketId id) {
        return findById(id.value());
    }

    Optional<Claim> findByNumber(String number);

    /**
     * The given ones, in no particular order. One array parameter rather than a list, so that Hibernate keeps the
     * query's translation from one call to the next whatever the number of ids (a list parameter is expanded into as
     * many parameters, which it translates anew at each call).
     */
    default List<Claim> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withIds(ids.toArray(UUID[]::new));
    }

    @Query(value = "select * from core_ticket where id = any(:ids)", nativeQuery = true)
    List<Claim> withIds(UUID[] ids);

    /** The given tickets, in the order of the ids (as a search answered them). */
    default List<Claim> inOrder(List<TicketId> ids) {
        Map<UUID, Claim> found = new HashMap<>();
        findAllById(ids.stream().map(TicketId::value).toList()).forEach(c -> found.put(c.id().value(), c));
        return ids.stream()
                .map(id -> found.get(id.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    Page<Claim> findAll(Pageable page);

    long count();

    /** Moves every ticket of a merged customer to the survivor; how many moved. */
    @Modifying
    @Query("update Claim c set c.customerId = :survivor where c.customerId = :merged")
    int transferAll(UUID merged, UUID survivor);

    @Query(value = "select nextval('core_ticket_number_seq')", nativeQuery = true)
    long nextNumberValue();

    /** The next ticket number of the tenant, such as {@code T-000042}. */
    default String nextNumber() {
        return "T-" + String.format("%06d", nextNumberValue());
    }
}
