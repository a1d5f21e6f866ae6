package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The tenant's statuses, in their order. */
public interface Statuses extends Repository<Status, String> {

    Status save(Status value);

    Optional<Status> findById(String id);

    List<Status> findAllByOrderByPositionAscCodeAsc();

    void delete(Status status);

    /** Whether a ticket has, or ever had, this status (its timeline names it). */
    @Query(
            value = "select exists (select 1 from core_ticket where status = :code)"
                    + " or exists (select 1 from clm_event where field = 'status'"
                    + " and (from_value = :code or to_value = :code))",
            nativeQuery = true)
    boolean everUsed(String code);
}
