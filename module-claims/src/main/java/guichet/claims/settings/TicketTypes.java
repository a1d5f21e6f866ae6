package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The tenant's ticket types, in their order. */
public interface TicketTypes extends Repository<TicketType, String> {

    TicketType save(TicketType value);

    Optional<TicketType> findById(String id);

    List<TicketType> findAllByOrderByPositionAscCodeAsc();

    void delete(TicketType type);

    /** Whether a ticket is, or ever was, of this type (its timeline names it). */
    @Query(
            value = "select exists (select 1 from core_ticket where type = :code)"
                    + " or exists (select 1 from clm_event where field = 'type'"
                    + " and (from_value = :code or to_value = :code))",
            nativeQuery = true)
    boolean everUsed(String code);
}
