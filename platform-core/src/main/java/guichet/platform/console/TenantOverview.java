package guichet.platform.console;

import guichet.platform.billing.ModulePrice;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.money.MoneyFormat;
import guichet.platform.subscriptions.TenantSubscription;
import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.ModuleState;
import guichet.platform.tenancy.TenantProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the console's tenant list shows beside each tenant: its modules with their origin, its monthly revenue, a
 * missing payment or a trial ending; and below the list, each module's monthly revenue over the paying tenants.
 */
record TenantOverview(Map<String, Row> rows, List<ModuleRevenue> modules) {

    /**
     * @param modules each module the tenant has, with why ({@code atlas: Réclamations (Stripe)})
     * @param revenue the subscription's monthly amount, written, or {@code null}
     * @param unpaidSince since when a payment is missing, written, or {@code null}
     * @param trialEnds when its first trial module ends, written, or {@code null}
     */
    record Row(
            List<Module> modules,
            @Nullable String revenue,
            @Nullable String unpaidSince,
            @Nullable String trialEnds) {}

    record Module(String name, String origin, String state) {}

    record ModuleRevenue(String name, int payingTenants, String monthly) {}

    static TenantOverview of(
            List<TenantProfile> tenants,
            Map<String, TenantSubscription> subscriptions,
            Map<String, ModulePrice> prices,
            ModuleRegistry registry,
            Locale locale) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, Integer> paying = new LinkedHashMap<>();
        for (TenantProfile tenant : tenants) {
            List<Module> modules = new ArrayList<>();
            Instant trialEnds = null;
            for (ModuleDescriptor module : registry.all()) {
                Entitlement entitlement = tenant.entitlement(module.id()).orElse(null);
                if (entitlement == null || !entitlement.isOpen()) {
                    continue;
                }
                modules.add(new Module(
                        module.name(locale),
                        entitlement.origin().name(),
                        entitlement.state().name()));
                if (entitlement.origin() == ModuleOrigin.STRIPE && entitlement.state() != ModuleState.CANCELLED) {
                    paying.merge(module.id(), 1, Integer::sum);
                }
                if (entitlement.origin() == ModuleOrigin.TRIAL
                        && entitlement.periodEnd() != null
                        && (trialEnds == null || entitlement.periodEnd().isBefore(trialEnds))) {
                    trialEnds = entitlement.periodEnd();
                }
            }
            TenantSubscription subscription = subscriptions.get(tenant.slug());
            String revenue = null;
            String unpaid = null;
            if (subscription != null && subscription.cancelledAt().isEmpty()) {
                revenue = subscription
                        .monthlyTotal()
                        .flatMap(total -> subscription
                                .currency()
                                .map(currency -> MoneyFormat.formatMinor(total, currency, locale)))
                        .orElse(null);
                unpaid = subscription
                        .unpaidSince()
                        .map(at -> date(at, tenant.zoneId(), locale))
                        .orElse(null);
            }
            rows.put(
                    tenant.slug(),
                    new Row(
                            modules,
                            revenue,
                            unpaid,
                            trialEnds == null ? null : date(trialEnds, tenant.zoneId(), locale)));
        }
        List<ModuleRevenue> revenues = new ArrayList<>();
        for (ModuleDescriptor module : registry.all()) {
            ModulePrice price = prices.get(module.id());
            int count = paying.getOrDefault(module.id(), 0);
            if (price != null) {
                revenues.add(new ModuleRevenue(
                        module.name(locale),
                        count,
                        MoneyFormat.format(
                                price.monthlyAmount().multiply(BigDecimal.valueOf(count)), price.currency(), locale)));
            }
        }
        return new TenantOverview(rows, revenues);
    }

    private static String date(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(instant.atZone(zone));
    }
}
