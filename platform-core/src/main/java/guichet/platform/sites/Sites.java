package guichet.platform.sites;

import guichet.platform.ids.SiteId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/** The current tenant's sites. */
public interface Sites extends Repository<Site, UUID> {

    Site save(Site site);

    Optional<Site> findById(UUID id);

    default Optional<Site> find(SiteId id) {
        return findById(id.value());
    }

    Optional<Site> findByCode(String code);

    List<Site> findAll(Sort sort);

    Page<Site> findAll(Pageable page);

    long count();
}
