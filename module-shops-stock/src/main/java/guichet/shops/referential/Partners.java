package guichet.shops.referential;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/** The current tenant's partners. */
public interface Partners extends Repository<Partner, UUID> {

    Partner save(Partner partner);

    void delete(Partner partner);

    Optional<Partner> findById(UUID id);

    Optional<Partner> findByCode(String code);

    List<Partner> findAll(Sort sort);
}
