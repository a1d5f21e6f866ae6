package guichet.platform.sales;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's sales. */
public interface Sales extends Repository<Sale, UUID> {

    Sale save(Sale sale);

    Optional<Sale> findById(UUID id);

    default Optional<Sale> find(SaleId id) {
        return findById(id.value());
    }

    @Query("select s from Sale s where s.customerId = :customer order by s.soldOn desc, s.createdAt desc")
    List<Sale> findByCustomerId(UUID customer);

    /** A customer's purchases and orders, the latest first: what he may open a ticket about. */
    default List<Sale> of(CustomerId customer) {
        return findByCustomerId(customer.value());
    }

    @Query("select s from Sale s where s.customerId in :customers order by s.soldOn desc, s.createdAt desc")
    List<Sale> findByCustomerIdIn(java.util.Collection<UUID> customers);

    /** Whether any sale is of this product. */
    boolean existsByProductId(UUID product);

    @Query("select count(s) > 0 from Sale s where s.productId = :product and s.serialNumber = :serial")
    boolean existsByProductIdAndSerialNumber(UUID product, String serial);

    /** Whether this serial number is already registered for this product. */
    default boolean serialTaken(ProductId product, SerialNumber serial) {
        return existsByProductIdAndSerialNumber(product.value(), serial.value());
    }

    Page<Sale> findAll(Pageable page);

    long count();

    /** Moves every sale of a merged customer to the survivor. */
    @Modifying
    @Query("update Sale s set s.customerId = :survivor, s.updatedAt = :now where s.customerId = :merged")
    int transferAll(UUID merged, UUID survivor, java.time.Instant now);
}
