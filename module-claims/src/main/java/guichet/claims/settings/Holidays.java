package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The tenant's days off. */
public interface Holidays extends Repository<Holiday, java.time.LocalDate> {

    Holiday save(Holiday value);

    Optional<Holiday> findById(java.time.LocalDate id);

    List<Holiday> findAllByOrderByDayAsc();

    void delete(Holiday holiday);
}
