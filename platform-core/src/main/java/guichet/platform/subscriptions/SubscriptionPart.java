package guichet.platform.subscriptions;

import guichet.platform.archives.ArchiveReader;
import guichet.platform.archives.ArchiveWriter;
import guichet.platform.archives.TenantDataPart;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The subscription's share of a tenant's archive and deletion: nothing is exported or restored (a restored tenant has
 * no Stripe subscription; its modules come back granted by hand), and the record row goes with the catalogue entry by
 * its foreign key's cascade. A tenant whose subscription Stripe still charges is not deleted: cancel it first.
 */
@Component
class SubscriptionPart implements TenantDataPart {

    /** Stripe's subscription statuses that still charge, or will once paid. */
    private static final Set<String> LIVE = Set.of("active", "trialing", "past_due", "unpaid", "incomplete");

    private final TenantSubscriptions subscriptions;

    SubscriptionPart(TenantSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "subscription";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void export(TenantProfile tenant, ArchiveWriter archive) {
        // Nothing: a subscription belongs to the tenant it pays for, never to a copy.
    }

    @Override
    public void restore(TenantProfile tenant, ArchiveReader archive) {
        // Nothing: see export.
    }

    @Override
    public void delete(TenantProfile tenant) {
        // The row follows the catalogue entry (on delete cascade).
    }

    @Override
    public Optional<String> deletionRefusal(TenantProfile tenant) {
        boolean live = TenantContext.callAsPlatform(() -> subscriptions.findById(tenant.slug()))
                .filter(subscription -> subscription.cancelledAt().isEmpty())
                .flatMap(TenantSubscription::status)
                .filter(LIVE::contains)
                .isPresent();
        return live ? Optional.of("console.archive.error.subscribed") : Optional.empty();
    }
}
