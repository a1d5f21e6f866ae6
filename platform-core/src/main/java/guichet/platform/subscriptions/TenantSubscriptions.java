package guichet.platform.subscriptions;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The {@code platform.tenant_subscription} table, read and written in the platform scope. */
interface TenantSubscriptions extends ListCrudRepository<TenantSubscription, String> {

    Optional<TenantSubscription> findByStripeCustomerId(String customerId);

    /** The row, locked until the transaction ends: one reconciliation per tenant at a time, on every instance. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from TenantSubscription s where s.tenantSlug = :slug")
    Optional<TenantSubscription> lock(String slug);

    List<TenantSubscription> findByUnpaidSinceLessThanEqual(Instant since);
}
