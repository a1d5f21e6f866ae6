package guichet.platform.subscriptions;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The {@code platform.stripe_event} table. */
interface StripeEventRecords extends ListCrudRepository<StripeEventRecord, String> {

    List<StripeEventRecord> findTop50ByHandledAtIsNullAndReceivedAtLessThanOrderByReceivedAt(Instant before);
}
