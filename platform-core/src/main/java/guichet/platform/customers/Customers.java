package guichet.platform.customers;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's customers. Every call needs a tenant bound. */
public interface Customers extends Repository<Customer, UUID> {

    Customer save(Customer customer);

    Optional<Customer> findById(UUID id);

    default Optional<Customer> find(CustomerId id) {
        return findById(id.value());
    }

    Optional<Customer> findByNumber(String number);

    default Optional<Customer> findByNumber(CustomerNumber number) {
        return findByNumber(number.value());
    }

    Page<Customer> findAll(Pageable page);

    Page<Customer> findByStage(Customer.Stage stage, Pageable page);

    long countByStage(Customer.Stage stage);

    long count();

    /** The next number from the tenant's sequence, for a customer who brings none. */
    @Query(value = "select nextval('core_customer_number_seq')", nativeQuery = true)
    long nextNumberValue();

    default CustomerNumber nextNumber() {
        return new CustomerNumber("C" + String.format("%07d", nextNumberValue()));
    }
}
