package guichet.platform.subscriptions.web;

import guichet.platform.modules.ModuleRegistry;
import guichet.platform.money.MoneyFormat;
import guichet.platform.subscriptions.TenantBilling;
import guichet.platform.tenancy.TenantProfile;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A change to confirm, with what Stripe previewed for it.
 *
 * @param action {@code add} or {@code remove}
 * @param prorated the prorated amount for the rest of the period, written (a credit when removing)
 * @param credit whether the prorated amount is a credit
 * @param nextInvoice the next invoice's total with the change, written
 * @param nextInvoiceAt its date, written, or {@code null}
 */
record BillingPreview(
        String action,
        String module,
        String moduleName,
        String prorated,
        boolean credit,
        String nextInvoice,
        @Nullable String nextInvoiceAt) {

    static BillingPreview of(
            TenantProfile tenant, Locale locale, ModuleRegistry modules, TenantBilling.Preview preview) {
        String module = preview.change().moduleId();
        return new BillingPreview(
                preview.change().kind() == TenantBilling.Change.Kind.ADD ? "add" : "remove",
                module,
                modules.find(module).map(m -> m.name(locale)).orElse(module),
                MoneyFormat.formatMinor(Math.abs(preview.prorated()), preview.currency(), locale),
                preview.prorated() < 0,
                MoneyFormat.formatMinor(preview.nextInvoice(), preview.currency(), locale),
                preview.nextInvoiceAt() == null
                        ? null
                        : Amounts.date(preview.nextInvoiceAt(), tenant.zoneId(), locale));
    }
}
