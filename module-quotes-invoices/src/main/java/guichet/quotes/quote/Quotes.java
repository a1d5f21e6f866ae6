package guichet.quotes.quote;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's quotes. */
public interface Quotes extends Repository<Quote, UUID> {

    Quote save(Quote quote);

    Optional<Quote> findById(UUID id);

    Optional<Quote> findByNumber(String number);

    /**
     * The staff's list: filtered by status and customer when given, limited to a sales representative's customers
     * when {@code rep} is given.
     */
    @Query("""
            select q from Quote q
            where (:status is null or q.status = :status)
              and (:customer is null or q.customerId = :customer)
              and (:rep is null or q.customerId in (select c.id from Customer c where c.salesRepId = :rep))""")
    Page<Quote> list(@Nullable QuoteStatus status, @Nullable UUID customer, @Nullable UUID rep, Pageable page);

    /** A customer's quotes he was sent (a reseller's sub-customers' too). */
    @Query("select q from Quote q where q.customerId in :customers and q.sentRevision is not null")
    Page<Quote> sentTo(Collection<UUID> customers, Pageable page);
}
