package guichet.platform.catalog;

import guichet.platform.ids.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's products and services. */
public interface Products extends Repository<Product, UUID> {

    Product save(Product product);

    Optional<Product> findById(UUID id);

    default Optional<Product> find(ProductId id) {
        return findById(id.value());
    }

    Optional<Product> findByCode(String code);

    @Query("select p from Product p where p.id in :ids")
    List<Product> findAllById(Collection<UUID> ids);

    Page<Product> findAll(Pageable page);

    Page<Product> findByOnSaleTrue(Pageable page);

    long count();

    long countByOnSaleTrue();
}
