package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The tenant's weekly opening hours. */
public interface OpeningSlots extends Repository<OpeningSlot, java.util.UUID> {

    OpeningSlot save(OpeningSlot value);

    Optional<OpeningSlot> findById(java.util.UUID id);

    List<OpeningSlot> findAll();

    void delete(OpeningSlot slot);
}
