package guichet.shops.sites;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's services. */
public interface Services extends Repository<Service, UUID> {

    Service save(Service service);

    void delete(Service service);

    Optional<Service> findById(UUID id);

    Optional<Service> findByCode(String code);

    List<Service> findAll(Sort sort);

    List<Service> findByActiveTrue(Sort sort);

    /** How many sites offer each service (first: service id, second: count). */
    @Query("select s.id, count(i) from Service s left join s.siteIds i group by s.id")
    List<Object[]> siteCounts();

    /** Which active service (first) each of these sites (second) offers, without loading the services' site sets. */
    @Query("select s.id, i from Service s join s.siteIds i where s.active and i in :sites")
    List<Object[]> offersAt(Collection<UUID> sites);
}
