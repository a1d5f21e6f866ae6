package guichet.platform.subscriptions;

import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import guichet.platform.billing.ModulePrices;
import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.ModuleState;
import guichet.platform.tenancy.TenantProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A subscription as Stripe returned it, reduced to what entitlements depend on: its status and, per module its items
 * name (by their price's lookup key), the current period.
 *
 * @param id the subscription's id
 * @param status Stripe's status ({@code active}, {@code trialing}, {@code past_due}, {@code unpaid}, {@code canceled}…)
 * @param modules each module's current period, by module id
 * @param monthlyTotal the items' monthly amount, in the currency's smallest unit
 * @param currency the subscription's currency (ISO code, upper case), or {@code null}
 */
record StripeSnapshot(
        String id,
        String status,
        Map<String, Period> modules,
        long monthlyTotal,
        @Nullable String currency) {

    /** Statuses in which the subscription is paid up. */
    static final Set<String> PAID = Set.of("active", "trialing");
    /** Statuses in which a payment is missing: the grace period runs. */
    static final Set<String> UNPAID = Set.of("past_due", "unpaid", "incomplete", "paused");

    record Period(Instant start, Instant end) {}

    static StripeSnapshot of(Subscription subscription) {
        Map<String, Period> modules = new LinkedHashMap<>();
        long total = 0;
        for (SubscriptionItem item : subscription.getItems().getData()) {
            Optional<String> module =
                    ModulePrices.moduleOfLookupKey(item.getPrice().getLookupKey());
            if (module.isPresent()) {
                modules.put(
                        module.get(),
                        new Period(
                                Instant.ofEpochSecond(item.getCurrentPeriodStart()),
                                Instant.ofEpochSecond(item.getCurrentPeriodEnd())));
            }
            long quantity = item.getQuantity() == null ? 1 : item.getQuantity();
            total += Objects.requireNonNullElse(item.getPrice().getUnitAmount(), 0L) * quantity;
        }
        String currency = subscription.getCurrency() == null
                ? null
                : subscription.getCurrency().toUpperCase(Locale.ROOT);
        return new StripeSnapshot(subscription.getId(), subscription.getStatus(), modules, total, currency);
    }

    boolean isPaid() {
        return PAID.contains(status);
    }

    boolean isUnpaid() {
        return UNPAID.contains(status);
    }

    boolean isEnded() {
        return !isPaid() && !isUnpaid();
    }

    /** When the current period ends: the next invoice's date. */
    @Nullable
    Instant periodEnd() {
        return modules.values().stream()
                .map(Period::end)
                .max(Instant::compareTo)
                .orElse(null);
    }

    /**
     * The entitlements the tenant should have from this subscription, for each module that changes: the subscription's
     * modules are Stripe's (active while paid and during the grace, read-only after it, cancelled once the
     * subscription ended); a module Stripe had granted and the subscription no longer names is cancelled. Modules
     * granted by hand or for a trial that the subscription does not name are left as they are.
     *
     * @param unpaidSince since when a payment is missing, or {@code null}
     */
    Map<String, Entitlement> changesFor(
            TenantProfile tenant, @Nullable Instant unpaidSince, Duration grace, Instant now) {
        ModuleState paidState;
        if (isEnded()) {
            paidState = ModuleState.CANCELLED;
        } else if (isUnpaid() && unpaidSince != null && !now.isBefore(unpaidSince.plus(grace))) {
            paidState = ModuleState.READ_ONLY;
        } else {
            paidState = ModuleState.ACTIVE;
        }
        Map<String, Entitlement> changes = new LinkedHashMap<>();
        modules.forEach((module, period) -> {
            Entitlement current = tenant.entitlement(module).orElse(null);
            Entitlement wanted;
            if (current != null && current.origin() == ModuleOrigin.STRIPE) {
                Entitlement moved = current.in(paidState, now);
                wanted = new Entitlement(
                        module, ModuleOrigin.STRIPE, paidState, period.start(), period.end(), moved.stateSince());
            } else {
                wanted = new Entitlement(module, ModuleOrigin.STRIPE, paidState, period.start(), period.end(), now);
            }
            if (!wanted.equals(current)) {
                changes.put(module, wanted);
            }
        });
        tenant.entitlements().values().stream()
                .filter(e -> e.origin() == ModuleOrigin.STRIPE && !modules.containsKey(e.moduleId()))
                .filter(e -> e.state() != ModuleState.CANCELLED)
                .forEach(e -> changes.put(e.moduleId(), e.in(ModuleState.CANCELLED, now)));
        return changes;
    }
}
