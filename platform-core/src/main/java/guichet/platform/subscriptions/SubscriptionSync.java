package guichet.platform.subscriptions;

import com.stripe.exception.StripeException;
import com.stripe.model.Subscription;
import guichet.platform.billing.BillingUnavailable;
import guichet.platform.billing.StripeAccess;
import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantJobs;
import guichet.platform.tenancy.TenantProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a tenant's entitlements in line with its subscription as Stripe has it now: whatever event or page asked,
 * the subscription is read again from Stripe, so replayed and out-of-order events converge on Stripe's state.
 */
@Service
public class SubscriptionSync {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionSync.class);

    private final TenantSubscriptions rows;
    private final StripeAccess stripe;
    private final TenantCatalog catalog;
    private final BillingSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    SubscriptionSync(
            TenantSubscriptions rows,
            StripeAccess stripe,
            TenantCatalog catalog,
            BillingSettings settings,
            TransactionTemplate transactions,
            TenantJobs jobs,
            Clock clock) {
        this.locks = jobs.locks();
        this.rows = rows;
        this.stripe = stripe;
        this.catalog = catalog;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The tenant's subscription record, if it ever became a Stripe customer. */
    public Optional<TenantSubscription> of(TenantId tenant) {
        return TenantContext.callAsPlatform(() -> transactions.execute(status -> rows.findById(tenant.slug())));
    }

    /** Every tenant's subscription record, by tenant slug (the console's revenue and payment columns). */
    public Map<String, TenantSubscription> all() {
        return TenantContext.callAsPlatform(() -> transactions.execute(status -> rows.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(TenantSubscription::tenantSlug, row -> row))));
    }

    /** The tenant a Stripe customer is, if it is one of ours. */
    Optional<TenantSubscription> ofCustomer(String customerId) {
        return TenantContext.callAsPlatform(
                () -> transactions.execute(status -> rows.findByStripeCustomerId(customerId)));
    }

    /**
     * Records a new tenant's Stripe customer and subscription (a sign-up paid through Checkout before the tenant
     * existed), then reconciles its entitlements from the subscription.
     */
    public void adopt(TenantId tenant, String customerId, String subscriptionId) {
        TenantContext.runAsPlatform(() -> transactions.executeWithoutResult(status -> {
            if (rows.findById(tenant.slug()).isEmpty()) {
                rows.save(new TenantSubscription(tenant.slug(), customerId, clock.instant()));
            }
        }));
        reconcile(tenant, subscriptionId);
    }

    /**
     * Re-reads the tenant's subscription from Stripe and reconciles its entitlements, the tenant's row locked meanwhile.
     *
     * @param subscriptionId the subscription an event named (a completed Checkout's new one), or {@code null} for the
     *     one on record
     * @throws BillingUnavailable when Stripe cannot be read; the caller retries
     */
    public void reconcile(TenantId tenant, @Nullable String subscriptionId) {
        TenantContext.runAsPlatform(() -> transactions.executeWithoutResult(status -> {
            TenantSubscription row = rows.lock(tenant.slug()).orElse(null);
            if (row == null) {
                return;
            }
            String id = subscriptionId != null
                    ? subscriptionId
                    : row.stripeSubscriptionId().orElse(null);
            if (id == null) {
                return;
            }
            StripeSnapshot snapshot = StripeSnapshot.of(retrieve(id));
            // A Checkout completed after the record's subscription ended starts a new one; an older one never wins
            // back.
            boolean another = row.stripeSubscriptionId().isPresent()
                    && !row.stripeSubscriptionId().get().equals(id);
            if (another && row.isLive() && snapshot.isEnded()) {
                return;
            }
            apply(row, snapshot);
            rows.save(row);
        }));
    }

    /**
     * Turns the modules of every subscription unpaid for longer than the grace period read-only; runs hourly, and at
     * once when asked (tests, with their own clock).
     */
    @Scheduled(fixedDelayString = "${guichet.billing.sweep:1h}", initialDelayString = "${guichet.billing.sweep:1h}")
    void scheduledSweep() {
        locks.executeWithLock(
                (Runnable) this::sweepUnpaid,
                new LockConfiguration(clock.instant(), "billing-unpaid", Duration.ofMinutes(30), Duration.ZERO));
    }

    /**
     * Reconciles every subscription unpaid for longer than the grace period, which turns its modules read-only.
     *
     * @return how many tenants it reconciled
     */
    public int sweepUnpaid() {
        Instant now = clock.instant();
        Instant since = now.minus(settings.grace());
        int changed = 0;
        for (TenantSubscription row : TenantContext.callAsPlatform(
                () -> transactions.execute(status -> rows.findByUnpaidSinceLessThanEqual(since)))) {
            TenantProfile profile = catalog.find(new TenantId(row.tenantSlug())).orElse(null);
            if (profile == null || row.stripeSubscriptionId().isEmpty()) {
                continue;
            }
            try {
                reconcile(profile.id(), null);
                changed++;
            } catch (BillingUnavailable e) {
                log.warn("Could not read the subscription of {} from Stripe: {}", row.tenantSlug(), e.getMessage());
            }
        }
        return changed;
    }

    private void apply(TenantSubscription row, StripeSnapshot snapshot) {
        Instant now = clock.instant();
        TenantId tenant = new TenantId(row.tenantSlug());
        row.subscribed(snapshot.id());
        row.read(snapshot.status(), snapshot.periodEnd(), snapshot.monthlyTotal(), snapshot.currency(), now);
        if (snapshot.isPaid()) {
            row.paid();
        } else if (snapshot.isUnpaid()) {
            row.unpaid(now);
        } else {
            row.cancelled(now);
        }
        TenantProfile profile = catalog.find(tenant).orElseThrow();
        Map<String, Entitlement> changes =
                snapshot.changesFor(profile, row.unpaidSince().orElse(null), settings.grace(), now);
        changes.values().forEach(entitlement -> catalog.entitle(tenant, entitlement));
        if (!changes.isEmpty()) {
            log.info(
                    "Entitlements of {} reconciled from {} ({}): {}",
                    tenant,
                    snapshot.id(),
                    snapshot.status(),
                    changes.keySet());
        }
    }

    private Subscription retrieve(String subscriptionId) {
        try {
            return stripe.require().v1().subscriptions().retrieve(subscriptionId);
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }
}
