package guichet.quotes.invoice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The current tenant's invoices and credit notes; changes go through the services. */
public interface Invoices extends Repository<Invoice, UUID> {

    Invoice save(Invoice invoice);

    Optional<Invoice> findById(UUID id);

    Optional<Invoice> findByNumber(String number);

    List<Invoice> findByCreditedInvoiceIdOrderByCreatedAt(UUID invoice);

    /**
     * The next number of this kind ({@code FAC}, {@code AVO}) and year: the counter's row is created or incremented
     * and stays locked until the calling transaction ends, so two issuing transactions take consecutive numbers and a
     * rolled-back one gives its number back.
     */
    @Query(
            value = "insert into inv_counter (kind, year, last_value) values (:kind, :year, 1)"
                    + " on conflict (kind, year) do update set last_value = inv_counter.last_value + 1"
                    + " returning last_value",
            nativeQuery = true)
    long nextNumber(@Param("kind") String kind, @Param("year") int year);

    /**
     * A page of documents: of one status and customer when given, of a sales representative's customers when given, of
     * drafts only when asked (never a customer's).
     */
    @Query(
            value = "select i from Invoice i where i.status <> guichet.quotes.invoice.InvoiceStatus.MERGED"
                    + " and (:drafts = true or i.status <> guichet.quotes.invoice.InvoiceStatus.DRAFT)"
                    + " and (:status is null or i.status = :status)"
                    + " and (:customer is null or i.customerId = :customer)"
                    + " and (:rep is null or i.customerId in"
                    + " (select c.id from guichet.platform.customers.Customer c where c.salesRepId = :rep))",
            countQuery = "select count(i) from Invoice i where i.status <> guichet.quotes.invoice.InvoiceStatus.MERGED"
                    + " and (:drafts = true or i.status <> guichet.quotes.invoice.InvoiceStatus.DRAFT)"
                    + " and (:status is null or i.status = :status)"
                    + " and (:customer is null or i.customerId = :customer)"
                    + " and (:rep is null or i.customerId in"
                    + " (select c.id from guichet.platform.customers.Customer c where c.salesRepId = :rep))")
    Page<Invoice> search(
            @Param("status") @Nullable InvoiceStatus status,
            @Param("customer") @Nullable UUID customer,
            @Param("rep") @Nullable UUID rep,
            @Param("drafts") boolean drafts,
            Pageable page);

    /** A customer's drafts, oldest first (those a merge may take). */
    List<Invoice> findByCustomerIdAndStatusOrderByCreatedAt(UUID customer, InvoiceStatus status);

    /** What a customer owes: his invoices' gross less what was paid and credited. */
    @Query(
            value = "select coalesce(sum(gross - paid - credited), 0) from inv_invoice"
                    + " where customer_id = :customer and kind = 'INVOICE' and status not in ('DRAFT', 'MERGED')",
            nativeQuery = true)
    BigDecimal balance(@Param("customer") UUID customer);
}
