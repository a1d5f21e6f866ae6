package guichet.shops.referential;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The referential's side of the current tenant's kiosk services. */
public interface KioskServices extends Repository<KioskService, UUID> {

    KioskService save(KioskService service);

    void delete(KioskService service);

    Optional<KioskService> findById(UUID product);

    List<KioskService> findAll();

    /** The services referring to any of these structures. */
    @Query("select k from KioskService k where k.structureId in :structures")
    List<KioskService> referringTo(Collection<UUID> structures);
}
