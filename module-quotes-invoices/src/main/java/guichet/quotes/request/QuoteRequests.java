package guichet.quotes.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's quote requests. */
public interface QuoteRequests extends Repository<QuoteRequest, UUID> {

    QuoteRequest save(QuoteRequest request);

    Optional<QuoteRequest> findById(UUID id);

    Optional<QuoteRequest> findByNumber(String number);

    /**
     * The staff's queue: requests of these statuses, of a sales representative's customers when {@code rep} is given.
     */
    @Query("""
            select r from QuoteRequest r
            where r.status in :statuses
              and (:rep is null or r.customerId in (select c.id from Customer c where c.salesRepId = :rep))""")
    Page<QuoteRequest> queue(Collection<RequestStatus> statuses, @Nullable UUID rep, Pageable page);

    /** A customer's own requests (and a reseller's sub-customers'). */
    Page<QuoteRequest> findByCustomerIdIn(Collection<UUID> customers, Pageable page);

    /** Confirmed slots between two instants whose reminder has not been sent. */
    @Query("""
            select r from QuoteRequest r
            where r.slotConfirmedAt is not null and r.remindedAt is null and r.status = guichet.quotes.request.RequestStatus.SCHEDULED
              and r.slotAt >= :from and r.slotAt < :to
            order by r.slotAt""")
    List<QuoteRequest> dueForReminder(Instant from, Instant to);
}
