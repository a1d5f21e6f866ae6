package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The tenant's ticket types, in their order. */
public interface TicketTypes extends Repository<TicketType, String> {

    TicketType save(TicketType value);

    Optional<TicketType> findById(String id);

    List<TicketType> findAllByOrderByPositionAscCodeAsc();
}
