package guichet.quotes.invoice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The current tenant's requests. */
interface InvoiceRequestStore extends Repository<InvoiceRequest, UUID> {

    InvoiceRequest save(InvoiceRequest request);

    Optional<InvoiceRequest> findById(UUID id);

    List<InvoiceRequest> findTop20ByCustomerIdOrderByCreatedAtDesc(UUID customer);

    @Query(
            value = "select r from InvoiceRequest r where r.status = guichet.quotes.invoice.InvoiceRequest.Status.OPEN"
                    + " and (:rep is null or r.customerId in"
                    + " (select c.id from guichet.platform.customers.Customer c where c.salesRepId = :rep))"
                    + " order by r.createdAt",
            countQuery = "select count(r) from InvoiceRequest r"
                    + " where r.status = guichet.quotes.invoice.InvoiceRequest.Status.OPEN"
                    + " and (:rep is null or r.customerId in"
                    + " (select c.id from guichet.platform.customers.Customer c where c.salesRepId = :rep))")
    Page<InvoiceRequest> open(@Param("rep") @Nullable UUID rep, Pageable page);

    @Query(
            "select count(c) > 0 from guichet.platform.customers.Customer c where c.id = :customer and c.salesRepId = :rep")
    boolean isRepOf(@Param("rep") UUID rep, @Param("customer") UUID customer);
}
