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

    /** Deletes a product nothing refers to (the database refuses one that a sale or a ticket refers to). */
    void delete(Product product);

    Optional<Product> findById(UUID id);

    default Optional<Product> find(ProductId id) {
        return findById(id.value());
    }

    Optional<Product> findByCode(String code);

    /**
     * The given ones, in no particular order. One array parameter rather than a list, so that Hibernate keeps the
     * query's translation from one call to the next whatever the number of ids (a list parameter is expanded into as
     * many parameters, which it translates anew at each call).
     */
    default List<Product> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withIds(ids.toArray(UUID[]::new));
    }

    @Query(value = "select * from core_product where id = any(:ids)", nativeQuery = true)
    List<Product> withIds(UUID[] ids);

    Page<Product> findAll(Pageable page);

    Page<Product> findByOnSaleTrue(Pageable page);

    long count();

    long countByOnSaleTrue();
}
