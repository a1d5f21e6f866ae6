package guichet.platform.subscriptions;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceLineItem;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreatePreviewParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import guichet.platform.billing.BillingUnavailable;
import guichet.platform.billing.ModulePrice;
import guichet.platform.billing.ModulePrices;
import guichet.platform.billing.StripeAccess;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a tenant's administrator does on the billing page: subscribe to a first module through Stripe Checkout, add or
 * remove one with the prorated amount Stripe previews, read the invoices, open Stripe's customer portal. Every change
 * is made in Stripe first; entitlements follow from the subscription as Stripe then has it.
 */
@Service
public class TenantBilling {

    private final StripeAccess stripe;
    private final ModulePrices prices;
    private final TenantSubscriptions rows;
    private final SubscriptionSync sync;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TenantBilling(
            StripeAccess stripe,
            ModulePrices prices,
            TenantSubscriptions rows,
            SubscriptionSync sync,
            TransactionTemplate transactions,
            Clock clock) {
        this.stripe = stripe;
        this.prices = prices;
        this.rows = rows;
        this.sync = sync;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether modules can be bought online at all (Stripe configured). */
    public boolean online() {
        return stripe.enabled();
    }

    public Optional<TenantSubscription> subscription(TenantProfile tenant) {
        return sync.of(tenant.id());
    }

    /**
     * Starts paying for a first module: a Stripe Checkout session in subscription mode for the tenant's Stripe customer
     * (created on first use).
     *
     * @param returnBase the tenant's own address Checkout comes back to ({@code https://atlas.example})
     * @return the Checkout page's address
     */
    public String checkout(TenantProfile tenant, String moduleId, String administratorEmail, String returnBase) {
        String price = priceOf(moduleId);
        String customer = customer(tenant, administratorEmail);
        try {
            return stripe.require()
                    .v1()
                    .checkout()
                    .sessions()
                    .create(SessionCreateParams.builder()
                            .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                            .setCustomer(customer)
                            .addLineItem(SessionCreateParams.LineItem.builder()
                                    .setPrice(price)
                                    .setQuantity(1L)
                                    .build())
                            .setSuccessUrl(returnBase + "/admin/billing?paid")
                            .setCancelUrl(returnBase + "/admin/billing")
                            .setClientReferenceId(tenant.slug())
                            .putMetadata("tenant", tenant.slug())
                            .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                                    .putMetadata("tenant", tenant.slug())
                                    .build())
                            .setLocale(checkoutLocale(tenant.defaultLocale()))
                            .build())
                    .getUrl();
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }

    /**
     * A Checkout for an organisation that is no tenant yet (a sign-up): a new Stripe customer and a subscription of the
     * modules, both marked with the sign-up's id, which the completed Checkout's webhook brings back.
     *
     * @return the Checkout page's address
     */
    public String checkoutForSignup(
            String signupId,
            String organisation,
            String email,
            List<String> moduleIds,
            Locale locale,
            String successUrl,
            String cancelUrl) {
        try {
            StripeClient client = stripe.require();
            String customer = client.v1()
                    .customers()
                    .create(CustomerCreateParams.builder()
                            .setName(organisation)
                            .setEmail(email)
                            .putMetadata("signup", signupId)
                            .build())
                    .getId();
            SessionCreateParams.Builder session = SessionCreateParams.builder()
                    .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                    .setCustomer(customer)
                    .setSuccessUrl(successUrl)
                    .setCancelUrl(cancelUrl)
                    .setClientReferenceId(signupId)
                    .putMetadata("signup", signupId)
                    .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                            .putMetadata("signup", signupId)
                            .build())
                    .setLocale(checkoutLocale(locale));
            for (String module : moduleIds) {
                session.addLineItem(SessionCreateParams.LineItem.builder()
                        .setPrice(priceOf(module))
                        .setQuantity(1L)
                        .build());
            }
            return client.v1().checkout().sessions().create(session.build()).getUrl();
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }

    /**
     * What adding or removing a module costs, as Stripe previews it on the subscription: the prorated amount for the
     * rest of the period and the next invoice.
     */
    public Preview preview(TenantProfile tenant, Change change) {
        Subscription subscription = liveSubscription(tenant);
        try {
            InvoiceCreatePreviewParams.SubscriptionDetails.Item item = switch (change.kind()) {
                case ADD ->
                    InvoiceCreatePreviewParams.SubscriptionDetails.Item.builder()
                            .setPrice(priceOf(change.moduleId()))
                            .build();
                case REMOVE ->
                    InvoiceCreatePreviewParams.SubscriptionDetails.Item.builder()
                            .setId(itemOf(subscription, change.moduleId()).getId())
                            .setDeleted(true)
                            .build();
            };
            Invoice preview = stripe.require()
                    .v1()
                    .invoices()
                    .createPreview(InvoiceCreatePreviewParams.builder()
                            .setCustomer(subscription.getCustomer())
                            .setSubscription(subscription.getId())
                            .setSubscriptionDetails(InvoiceCreatePreviewParams.SubscriptionDetails.builder()
                                    .addItem(item)
                                    .setProrationBehavior(
                                            InvoiceCreatePreviewParams.SubscriptionDetails.ProrationBehavior
                                                    .CREATE_PRORATIONS)
                                    .build())
                            .build());
            long prorated = preview.getLines().getData().stream()
                    .filter(TenantBilling::isProration)
                    .mapToLong(line -> Objects.requireNonNullElse(line.getAmount(), 0L))
                    .sum();
            Instant next = preview.getPeriodEnd() == null ? null : Instant.ofEpochSecond(preview.getPeriodEnd());
            return new Preview(
                    change,
                    prorated,
                    Objects.requireNonNullElse(preview.getTotal(), 0L),
                    preview.getCurrency().toUpperCase(Locale.ROOT),
                    next);
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }

    /** Makes the change on the subscription, prorated, and reconciles the tenant's entitlements at once. */
    public void apply(TenantProfile tenant, Change change) {
        Subscription subscription = liveSubscription(tenant);
        SubscriptionUpdateParams.Item item = switch (change.kind()) {
            case ADD ->
                SubscriptionUpdateParams.Item.builder()
                        .setPrice(priceOf(change.moduleId()))
                        .build();
            case REMOVE ->
                SubscriptionUpdateParams.Item.builder()
                        .setId(itemOf(subscription, change.moduleId()).getId())
                        .setDeleted(true)
                        .build();
        };
        try {
            stripe.require()
                    .v1()
                    .subscriptions()
                    .update(
                            subscription.getId(),
                            SubscriptionUpdateParams.builder()
                                    .addItem(item)
                                    .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS)
                                    .build());
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
        sync.reconcile(tenant.id(), subscription.getId());
    }

    /** The tenant's invoices, newest first (at most 24). */
    public List<Invoice> invoices(TenantProfile tenant) {
        Optional<TenantSubscription> row = subscription(tenant);
        if (row.isEmpty() || !stripe.enabled()) {
            return List.of();
        }
        try {
            return stripe.require()
                    .v1()
                    .invoices()
                    .list(InvoiceListParams.builder()
                            .setCustomer(row.get().stripeCustomerId())
                            .setLimit(24L)
                            .build())
                    .getData();
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }

    /** A session of Stripe's customer portal (payment methods, billing address), coming back to {@code returnUrl}. */
    public String portal(TenantProfile tenant, String returnUrl) {
        TenantSubscription row = subscription(tenant).orElseThrow(() -> new NotSubscribed(tenant.slug()));
        try {
            return stripe.require()
                    .v1()
                    .billingPortal()
                    .sessions()
                    .create(com.stripe.param.billingportal.SessionCreateParams.builder()
                            .setCustomer(row.stripeCustomerId())
                            .setReturnUrl(returnUrl)
                            .build())
                    .getUrl();
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }

    private Subscription liveSubscription(TenantProfile tenant) {
        TenantSubscription row = subscription(tenant)
                .filter(TenantSubscription::isLive)
                .orElseThrow(() -> new NotSubscribed(tenant.slug()));
        try {
            return stripe.require()
                    .v1()
                    .subscriptions()
                    .retrieve(row.stripeSubscriptionId().orElseThrow());
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }

    private String priceOf(String moduleId) {
        return prices.find(moduleId).map(ModulePrice::stripePriceId).orElseThrow(() -> new NotForSale(moduleId));
    }

    private static SubscriptionItem itemOf(Subscription subscription, String moduleId) {
        String key = ModulePrices.lookupKey(moduleId);
        return subscription.getItems().getData().stream()
                .filter(item -> key.equals(item.getPrice().getLookupKey()))
                .findFirst()
                .orElseThrow(() -> new NotSubscribed(moduleId));
    }

    private static boolean isProration(InvoiceLineItem line) {
        return line.getParent() != null
                && line.getParent().getSubscriptionItemDetails() != null
                && Boolean.TRUE.equals(
                        line.getParent().getSubscriptionItemDetails().getProration());
    }

    /** The tenant's Stripe customer, created with its record the first time. */
    private String customer(TenantProfile tenant, String email) {
        Optional<TenantSubscription> existing = subscription(tenant);
        if (existing.isPresent()) {
            return existing.get().stripeCustomerId();
        }
        String id;
        try {
            id = stripe.require()
                    .v1()
                    .customers()
                    .create(CustomerCreateParams.builder()
                            .setName(tenant.displayName())
                            .setEmail(email)
                            .putMetadata("tenant", tenant.slug())
                            .addPreferredLocale(tenant.defaultLocale().getLanguage())
                            .build())
                    .getId();
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
        return TenantContext.callAsPlatform(() -> transactions.execute(status -> rows.findById(tenant.slug())
                        .orElseGet(() -> rows.save(new TenantSubscription(tenant.slug(), id, clock.instant())))))
                .stripeCustomerId();
    }

    private static SessionCreateParams.Locale checkoutLocale(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> SessionCreateParams.Locale.FR;
            case "ar" -> SessionCreateParams.Locale.AUTO;
            default -> SessionCreateParams.Locale.EN;
        };
    }

    /** A module to add to the subscription or remove from it. */
    public record Change(Kind kind, String moduleId) {
        public enum Kind {
            ADD,
            REMOVE
        }
    }

    /**
     * What a change costs, as Stripe previews it.
     *
     * @param prorated the prorated amount for the rest of the current period (negative: a credit), smallest unit
     * @param nextInvoice the next invoice's total with the change, smallest unit
     * @param currency ISO code
     * @param nextInvoiceAt when the next invoice is made, if known
     */
    public record Preview(
            Change change,
            long prorated,
            long nextInvoice,
            String currency,
            @Nullable Instant nextInvoiceAt) {}

    /** The module has no price published to Stripe: it cannot be bought online. */
    public static class NotForSale extends RuntimeException {
        NotForSale(String moduleId) {
            super("Module " + moduleId + " has no published price");
        }
    }

    /** The tenant has no live subscription (or not that module in it). */
    public static class NotSubscribed extends RuntimeException {
        NotSubscribed(String what) {
            super("No subscription for " + what);
        }
    }
}
