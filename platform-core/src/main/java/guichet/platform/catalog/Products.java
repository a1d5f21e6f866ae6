package guichet.platform.catalog;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The current tenant's products and services. */
public interface Products extends Repository<Product, UUID> {

    Product save(Product product);

    Optional<Product> findById(UUID id);

    default Optional<Product> find(ProductId id) {
        return findById(id.value());
    }

    Optional<Product> findByCode(String code);

    Page<Product> findAll(Pageable page);

    Page<Product> findByOnSaleTrue(Pageable page);

    long count();

    long countByOnSaleTrue();
}
