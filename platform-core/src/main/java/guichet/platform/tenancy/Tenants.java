package guichet.platform.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The tenant catalogue table. Only {@link TenantCatalog} uses it, always in the platform scope. */
interface Tenants extends ListCrudRepository<Tenant, UUID> {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Override
    List<Tenant> findAll();
}
