package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The tenant's statuses, in their order. */
public interface Statuses extends Repository<Status, String> {

    Status save(Status value);

    Optional<Status> findById(String id);

    List<Status> findAllByOrderByPositionAscCodeAsc();
}
