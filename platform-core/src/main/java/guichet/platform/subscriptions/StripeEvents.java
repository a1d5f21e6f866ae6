package guichet.platform.subscriptions;

import com.google.gson.JsonParseException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;
import guichet.platform.billing.StripeAccess;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stripe's webhook events: checked against the endpoint's signing secret, written once per event id, answered at once,
 * and handled after the write commits on the application's executor; an event whose handling failed (Stripe
 * unreachable, say) stays unhandled and is tried again every minute until it is handled, by one instance at a time.
 */
@Service
public class StripeEvents {

    /** The events that change what a tenant may use; others are recorded and acknowledged. */
    static final Set<String> HANDLED = Set.of(
            "checkout.session.completed",
            "customer.subscription.created",
            "customer.subscription.updated",
            "customer.subscription.deleted",
            "customer.subscription.paused",
            "customer.subscription.resumed",
            "invoice.paid",
            "invoice.payment_failed",
            "invoice.payment_action_required");

    private static final Logger log = LoggerFactory.getLogger(StripeEvents.class);

    private final StripeEventRecords records;
    private final StripeAccess stripe;
    private final SubscriptionSync sync;
    private final PaymentNotices notices;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final List<UnclaimedCheckouts> unclaimed;

    StripeEvents(
            StripeEventRecords records,
            StripeAccess stripe,
            SubscriptionSync sync,
            PaymentNotices notices,
            TransactionTemplate transactions,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor,
            TenantJobs jobs,
            List<UnclaimedCheckouts> unclaimed,
            Clock clock) {
        this.unclaimed = unclaimed;
        this.locks = jobs.locks();
        this.records = records;
        this.stripe = stripe;
        this.sync = sync;
        this.notices = notices;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Records a webhook's event if its signature holds; it is handled after the answer.
     *
     * @return whether the event is new (a replay is acknowledged and changes nothing)
     * @throws RefusedEvent when no secret is configured, the signature does not hold or the payload is no event
     */
    public boolean receive(String payload, @Nullable String signature) {
        String secret = stripe.webhookSecret().orElseThrow(() -> new RefusedEvent("no webhook secret configured"));
        if (signature == null || signature.isBlank()) {
            throw new RefusedEvent("no Stripe-Signature header");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret);
        } catch (SignatureVerificationException e) {
            throw new RefusedEvent("signature does not match: " + e.getMessage());
        } catch (JsonParseException e) {
            throw new RefusedEvent("not an event: " + e.getMessage());
        }
        if (event.getId() == null || event.getType() == null) {
            throw new RefusedEvent("not an event: no id or type");
        }
        return TenantContext.callAsPlatform(() -> Boolean.TRUE.equals(transactions.execute(status -> {
            if (records.existsById(event.getId())) {
                return false;
            }
            records.save(new StripeEventRecord(event.getId(), event.getType(), payload, clock.instant()));
            String id = event.getId();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> handle(id));
                }
            });
            return true;
        })));
    }

    /** Tries again every event whose handling failed or never ran (the instance stopped), one instance at a time. */
    @Scheduled(
            fixedDelayString = "${guichet.billing.events-retry:60s}",
            initialDelayString = "${guichet.billing.events-retry:60s}")
    public void retryUnhandled() {
        locks.executeWithLock(
                (Runnable) () -> {
                    Instant before = clock.instant().minus(Duration.ofSeconds(30));
                    for (StripeEventRecord record : TenantContext.callAsPlatform(() -> transactions.execute(status ->
                            records.findTop50ByHandledAtIsNullAndReceivedAtLessThanOrderByReceivedAt(before)))) {
                        handle(record.id());
                    }
                },
                new LockConfiguration(clock.instant(), "stripe-events", Duration.ofMinutes(10), Duration.ZERO));
    }

    /**
     * Handles one recorded event once: finds the tenant by the Stripe customer it names and reconciles its
     * entitlements from the subscription as Stripe has it now.
     *
     * @return whether it is handled now (or was already)
     */
    public boolean handle(String eventId) {
        StripeEventRecord record = TenantContext.callAsPlatform(
                () -> transactions.execute(status -> records.findById(eventId).orElse(null)));
        if (record == null || record.isHandled()) {
            return record != null;
        }
        try {
            if (HANDLED.contains(record.type())) {
                processAgainOnConflict(record);
            }
            mark(eventId, null);
            return true;
        } catch (RuntimeException e) {
            log.warn("Stripe event {} ({}) not handled yet: {}", eventId, record.type(), e.toString());
            mark(eventId, e.toString());
            return false;
        }
    }

    /** Two events of one tenant handled at once meet on its row: the later one simply runs again, at once. */
    private void processAgainOnConflict(StripeEventRecord record) {
        for (int attempt = 1; ; attempt++) {
            try {
                process(record);
                return;
            } catch (ConcurrencyFailureException conflict) {
                if (attempt == 3) {
                    throw conflict;
                }
            }
        }
    }

    private void process(StripeEventRecord record) {
        Event event = ApiResource.GSON.fromJson(record.payload(), Event.class);
        StripeObject object = event.getDataObjectDeserializer().getObject().orElseGet(() -> {
            try {
                return event.getDataObjectDeserializer().deserializeUnsafe();
            } catch (com.stripe.exception.EventDataObjectDeserializationException e) {
                throw new IllegalStateException("Unreadable object in event " + event.getId(), e);
            }
        });
        String customer;
        String subscription;
        switch (object) {
            case Subscription s -> {
                customer = s.getCustomer();
                subscription = s.getId();
            }
            case Session s -> {
                customer = s.getCustomer();
                subscription = s.getSubscription();
            }
            case Invoice i -> {
                customer = i.getCustomer();
                subscription = subscriptionOf(i);
            }
            default -> {
                return;
            }
        }
        Optional<TenantSubscription> row = customer == null ? Optional.empty() : sync.ofCustomer(customer);
        if (row.isEmpty() && object instanceof Session session && record.type().equals("checkout.session.completed")) {
            for (UnclaimedCheckouts checkouts : unclaimed) {
                if (checkouts.completed(session)) {
                    return;
                }
            }
        }
        if (row.isEmpty()) {
            log.info("Stripe event {} names customer {}, who is none of Guichet's tenants", event.getId(), customer);
            return;
        }
        TenantId tenant = new TenantId(row.get().tenantSlug());
        sync.reconcile(tenant, subscription);
        if (object instanceof Invoice invoice
                && (record.type().equals("invoice.payment_failed")
                        || record.type().equals("invoice.payment_action_required"))) {
            notices.paymentMissing(tenant, invoice);
        }
    }

    private static @Nullable String subscriptionOf(Invoice invoice) {
        if (invoice.getParent() != null && invoice.getParent().getSubscriptionDetails() != null) {
            return invoice.getParent().getSubscriptionDetails().getSubscription();
        }
        return null;
    }

    private void mark(String eventId, @Nullable String error) {
        TenantContext.runAsPlatform(() -> transactions.executeWithoutResult(status -> records.findById(eventId)
                .ifPresent(record -> {
                    if (error == null) {
                        record.handled(clock.instant());
                    } else {
                        record.failed(error);
                    }
                })));
    }

    /** A webhook call that is not a genuine Stripe event for this endpoint. */
    public static class RefusedEvent extends RuntimeException {
        RefusedEvent(String reason) {
            super(reason);
        }
    }
}
