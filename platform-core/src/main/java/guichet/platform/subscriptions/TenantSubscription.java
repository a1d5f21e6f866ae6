package guichet.platform.subscriptions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's Stripe customer and subscription as Guichet last read them ({@code platform.tenant_subscription}): Stripe
 * is the truth, this row is what the billing page and the unpaid sweep need without asking it.
 */
@Entity
@Table(schema = "platform", name = "tenant_subscription")
public class TenantSubscription {

    @Id
    private String tenantSlug;

    private String stripeCustomerId;
    private @Nullable String stripeSubscriptionId;
    private @Nullable String status;
    private @Nullable Instant currentPeriodEnd;
    private @Nullable Long monthlyTotal;
    private @Nullable String currency;
    private @Nullable Instant unpaidSince;
    private @Nullable String payLink;
    private @Nullable Instant cancelledAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected TenantSubscription() {}

    TenantSubscription(String tenantSlug, String stripeCustomerId, Instant now) {
        this.tenantSlug = tenantSlug;
        this.stripeCustomerId = stripeCustomerId;
        this.updatedAt = now;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public String stripeCustomerId() {
        return stripeCustomerId;
    }

    public Optional<String> stripeSubscriptionId() {
        return Optional.ofNullable(stripeSubscriptionId);
    }

    /** Stripe's status of the subscription ({@code active}, {@code past_due}, {@code canceled}…), if there is one. */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    public Optional<Instant> currentPeriodEnd() {
        return Optional.ofNullable(currentPeriodEnd);
    }

    /** The monthly amount of the subscription's items, in the currency's smallest unit. */
    public Optional<Long> monthlyTotal() {
        return Optional.ofNullable(monthlyTotal);
    }

    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /** Since when a payment is missing, or empty while the subscription is paid. */
    public Optional<Instant> unpaidSince() {
        return Optional.ofNullable(unpaidSince);
    }

    /** Where an administrator pays the open invoice (Stripe's hosted invoice page), while one is unpaid. */
    public Optional<String> payLink() {
        return Optional.ofNullable(payLink);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    /** When the unpaid modules turn read-only: the grace period after the first missed payment. */
    public Optional<Instant> readOnlyFrom(Duration grace) {
        return unpaidSince().map(since -> since.plus(grace));
    }

    boolean isLive() {
        return stripeSubscriptionId != null && cancelledAt == null;
    }

    void subscribed(String subscriptionId) {
        this.stripeSubscriptionId = subscriptionId;
        this.cancelledAt = null;
    }

    void read(String newStatus, @Nullable Instant periodEnd, long total, @Nullable String newCurrency, Instant now) {
        this.status = newStatus;
        this.currentPeriodEnd = periodEnd;
        this.monthlyTotal = total;
        this.currency = newCurrency;
        this.updatedAt = now;
    }

    /** Marks the subscription unpaid from {@code now}, unless it already was (the grace period runs from the first). */
    void unpaid(Instant now) {
        if (unpaidSince == null) {
            unpaidSince = now;
        }
    }

    void paid() {
        unpaidSince = null;
        payLink = null;
    }

    void payAt(@Nullable String link) {
        this.payLink = link;
    }

    void cancelled(Instant at) {
        if (cancelledAt == null) {
            cancelledAt = at;
        }
        unpaidSince = null;
        payLink = null;
    }
}
