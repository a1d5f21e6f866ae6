package guichet.platform.billing;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each module's monthly price, set by the platform owner in the console and published to Stripe (one Product and one
 * recurring Price per module, found by its lookup key), so that tenants can subscribe to it.
 */
@Service
public class ModulePrices {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ModulePrices.class);

    /** The currency of a module nobody priced yet. */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");

    private final ModulePriceRows rows;
    private final ModuleRegistry modules;
    private final StripeCatalog stripe;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ModulePrices(
            ModulePriceRows rows,
            ModuleRegistry modules,
            StripeCatalog stripe,
            TransactionTemplate transactions,
            Clock clock) {
        this.rows = rows;
        this.modules = modules;
        this.stripe = stripe;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The {@code lookup_key} of a module's current Stripe price: subscriptions name their modules by it. */
    public static String lookupKey(String moduleId) {
        return StripeCatalog.lookupKey(moduleId);
    }

    /** The module a Stripe price's {@code lookup_key} names, if it is one of Guichet's. */
    public static Optional<String> moduleOfLookupKey(@Nullable String lookupKey) {
        String prefix = StripeCatalog.lookupKey("");
        return lookupKey != null && lookupKey.startsWith(prefix) && lookupKey.length() > prefix.length()
                ? Optional.of(lookupKey.substring(prefix.length()))
                : Optional.empty();
    }

    /**
     * Publishes again every price Stripe does not know (a new Stripe account, or the development stub after a restart),
     * so that tenants can subscribe. It runs beside the start-up, never in its way: one list call to Stripe per ten
     * prices, then one publication per forgotten one. Stripe being unreachable is logged, not fatal.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Async
    public void republishForgotten() {
        if (!stripe.enabled()) {
            return;
        }
        try {
            for (ModulePrice price : stripe.forgotten(all().values())) {
                try {
                    republish(price.moduleId());
                } catch (BillingUnavailable | IllegalArgumentException e) {
                    log.warn(
                            "Could not publish the price of module {} to Stripe: {}", price.moduleId(), e.getMessage());
                }
            }
        } catch (BillingUnavailable e) {
            log.warn("Could not ask Stripe which module prices it knows: {}", e.getMessage());
        }
    }

    /** Every priced module's price, by module id. */
    public Map<String, ModulePrice> all() {
        return TenantContext.callAsPlatform(() -> transactions.execute(status ->
                rows.findAll().stream().collect(Collectors.toMap(ModulePrice::moduleId, Function.identity()))));
    }

    public Optional<ModulePrice> find(String moduleId) {
        return TenantContext.callAsPlatform(() -> transactions.execute(status -> rows.findById(moduleId)));
    }

    /**
     * Sets a module's monthly price and publishes it to Stripe when Stripe is configured; when Stripe refuses, nothing
     * changes.
     *
     * @throws PriceRejected when the amount is negative or finer than the currency's minor unit
     * @throws BillingUnavailable when Stripe does not accept the new price
     */
    public ModulePrice set(String moduleId, BigDecimal amount, Currency currency) {
        ModuleDescriptor module =
                modules.find(moduleId).orElseThrow(() -> new IllegalArgumentException("Unknown module " + moduleId));
        if (amount.signum() < 0) {
            throw new PriceRejected("console.prices.rejected.negative");
        }
        if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new PriceRejected("console.prices.rejected.precision");
        }
        return TenantContext.callAsPlatform(() -> transactions.execute(status -> {
            ModulePrice price = rows.findById(moduleId).orElse(null);
            if (price == null) {
                price = new ModulePrice(moduleId, amount, currency, clock.instant());
            } else {
                price.change(amount, currency, clock.instant());
            }
            if (stripe.enabled()) {
                price.published(stripe.publish(price, module.name(Locale.FRENCH)));
            }
            return rows.save(price);
        }));
    }

    /** Publishes again, as new, a price Stripe has forgotten: its recorded product and price name nothing there. */
    void republish(String moduleId) {
        ModuleDescriptor module =
                modules.find(moduleId).orElseThrow(() -> new IllegalArgumentException("Unknown module " + moduleId));
        TenantContext.runAsPlatform(() -> transactions.executeWithoutResult(status -> rows.findById(moduleId)
                .ifPresent(price -> {
                    price.published(stripe.publishAnew(price, module.name(Locale.FRENCH)));
                    rows.save(price);
                })));
    }

    /** A price the owner typed that cannot be a module's price; its message key says why. */
    public static class PriceRejected extends IllegalArgumentException {
        private final String messageKey;

        PriceRejected(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
