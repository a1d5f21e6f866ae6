package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The tenant's priorities, in their order. */
public interface Priorities extends Repository<Priority, String> {

    Priority save(Priority value);

    Optional<Priority> findById(String id);

    List<Priority> findAllByOrderByPositionAscCodeAsc();
}
