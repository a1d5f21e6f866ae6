package guichet.platform.subscriptions.web;

import com.stripe.model.Invoice;
import guichet.platform.billing.BillingUnavailable;
import guichet.platform.billing.ModulePrice;
import guichet.platform.billing.ModulePrices;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.money.MoneyFormat;
import guichet.platform.subscriptions.BillingSettings;
import guichet.platform.subscriptions.TenantBilling;
import guichet.platform.subscriptions.TenantSubscription;
import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.ModuleState;
import guichet.platform.tenancy.TenantProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the billing page shows, computed once per request.
 *
 * @param online whether modules can be bought online (Stripe configured)
 * @param status the subscription's state in words ({@code billing.status.*} message key)
 * @param monthly the monthly amount, written, or {@code null} without a subscription
 * @param nextInvoice the next invoice's date, written, or {@code null}
 * @param unpaidSince since when a payment is missing, written, or {@code null}
 * @param readOnlyFrom when the unpaid modules turn (or turned) read-only, written, or {@code null}
 * @param payLink where to pay the open invoice, or {@code null}
 * @param keptUntil until when a cancelled subscription's data is kept, written, or {@code null}
 * @param subscribed whether there is a live subscription (changes are previewed rather than checked out)
 * @param modules one row per module
 * @param invoices the invoices, newest first
 * @param invoicesUnavailable whether Stripe could not be read for the invoices
 */
record BillingPage(
        boolean online,
        String status,
        @Nullable String monthly,
        @Nullable String nextInvoice,
        @Nullable String unpaidSince,
        @Nullable String readOnlyFrom,
        @Nullable String payLink,
        @Nullable String keptUntil,
        boolean subscribed,
        List<ModuleRow> modules,
        List<InvoiceRow> invoices,
        boolean invoicesUnavailable) {

    /**
     * @param state the tenant's right to it ({@code billing.state.*}: NONE, ACTIVE, READ_ONLY, CANCELLED)
     * @param origin why it has it ({@code billing.origin.*}), or {@code null}
     * @param price its monthly price, written, or {@code null} when it is not for sale
     * @param canAdd whether the administrator can subscribe to it
     * @param canRemove whether it is in the subscription and can be removed
     */
    record ModuleRow(
            String id,
            String name,
            String state,
            @Nullable String origin,
            @Nullable String price,
            boolean canAdd,
            boolean canRemove) {}

    record InvoiceRow(
            String number,
            String date,
            String amount,
            String status,
            @Nullable String pdf,
            @Nullable String page) {}

    static BillingPage of(
            TenantProfile tenant,
            Locale locale,
            TenantBilling billing,
            ModulePrices prices,
            ModuleRegistry registry,
            BillingSettings settings) {
        Optional<TenantSubscription> subscription = billing.subscription(tenant);
        boolean live = subscription
                .map(s ->
                        s.stripeSubscriptionId().isPresent() && s.cancelledAt().isEmpty())
                .orElse(false);
        Map<String, ModulePrice> priced = prices.all();
        List<ModuleRow> rows = new ArrayList<>();
        for (ModuleDescriptor module : registry.all()) {
            Optional<Entitlement> entitlement = tenant.entitlement(module.id());
            ModulePrice price = priced.get(module.id());
            boolean forSale = billing.online() && price != null && price.stripePriceId() != null;
            boolean open = entitlement.map(Entitlement::isOpen).orElse(false);
            boolean paid = entitlement
                    .filter(e -> e.origin() == ModuleOrigin.STRIPE && e.isOpen())
                    .isPresent();
            rows.add(new ModuleRow(
                    module.id(),
                    module.name(locale),
                    entitlement.map(e -> e.state().name()).orElse("NONE"),
                    entitlement
                            .filter(Entitlement::isOpen)
                            .map(e -> e.origin().name())
                            .orElse(null),
                    price == null ? null : MoneyFormat.format(price.monthlyAmount(), price.currency(), locale),
                    forSale && (!open || entitlement.get().origin() != ModuleOrigin.STRIPE),
                    paid && live));
        }
        List<InvoiceRow> invoices = new ArrayList<>();
        boolean invoicesUnavailable = false;
        try {
            for (Invoice invoice : billing.invoices(tenant)) {
                invoices.add(new InvoiceRow(
                        Objects.requireNonNullElse(invoice.getNumber(), invoice.getId()),
                        Amounts.date(Instant.ofEpochSecond(invoice.getCreated()), tenant.zoneId(), locale),
                        MoneyFormat.formatMinor(
                                Objects.requireNonNullElse(invoice.getTotal(), 0L), invoice.getCurrency(), locale),
                        Objects.requireNonNullElse(invoice.getStatus(), "draft"),
                        invoice.getInvoicePdf(),
                        invoice.getHostedInvoiceUrl()));
            }
        } catch (BillingUnavailable e) {
            invoicesUnavailable = true;
        }
        return new BillingPage(
                billing.online(),
                status(subscription, tenant, settings),
                subscription
                        .flatMap(s -> s.monthlyTotal()
                                .flatMap(total -> s.currency().map(c -> MoneyFormat.formatMinor(total, c, locale))))
                        .filter(amount -> live)
                        .orElse(null),
                subscription
                        .filter(s -> live)
                        .flatMap(TenantSubscription::currentPeriodEnd)
                        .map(at -> Amounts.date(at, tenant.zoneId(), locale))
                        .orElse(null),
                subscription
                        .flatMap(TenantSubscription::unpaidSince)
                        .map(at -> Amounts.date(at, tenant.zoneId(), locale))
                        .orElse(null),
                subscription
                        .flatMap(s -> s.readOnlyFrom(settings.grace()))
                        .map(at -> Amounts.date(at, tenant.zoneId(), locale))
                        .orElse(null),
                subscription.flatMap(TenantSubscription::payLink).orElse(null),
                subscription
                        .flatMap(TenantSubscription::cancelledAt)
                        .map(at -> Amounts.date(at.plus(settings.retention()), tenant.zoneId(), locale))
                        .orElse(null),
                live,
                rows,
                invoices,
                invoicesUnavailable);
    }

    private static String status(
            Optional<TenantSubscription> subscription, TenantProfile tenant, BillingSettings settings) {
        if (subscription.isEmpty() || subscription.get().stripeSubscriptionId().isEmpty()) {
            return "billing.status.none";
        }
        TenantSubscription s = subscription.get();
        if (s.cancelledAt().isPresent()) {
            return "billing.status.cancelled";
        }
        if (s.unpaidSince().isPresent()) {
            boolean readOnly = tenant.entitlements().values().stream()
                    .anyMatch(e -> e.origin() == ModuleOrigin.STRIPE && e.state() == ModuleState.READ_ONLY);
            return readOnly ? "billing.status.readOnly" : "billing.status.unpaid";
        }
        return "billing.status.active";
    }
}
