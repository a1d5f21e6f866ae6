package guichet.platform.subscriptions;

import com.stripe.model.Invoice;
import guichet.platform.identity.Role;
import guichet.platform.money.MoneyFormat;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.Notifications;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.Users;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a tenant's administrators that a payment is missing, by e-mail and on the platform as each of them chose, with
 * the link to pay and the day the unpaid modules turn read-only; the link also shows on the billing page until paid.
 */
@Component
class PaymentNotices {

    /** The notice's kind: for the tenant's administrators, by e-mail and in-app by default. */
    static final String KIND = "core.payment-missing";

    private final TenantSubscriptions rows;
    private final TenantCatalog catalog;
    private final Users users;
    private final Notifications notifications;
    private final BillingSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentNotices(
            TenantSubscriptions rows,
            TenantCatalog catalog,
            Users users,
            Notifications notifications,
            BillingSettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.rows = rows;
        this.catalog = catalog;
        this.users = users;
        this.notifications = notifications;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Bean
    static NotificationKind paymentMissingNotificationKind() {
        return new NotificationKind(
                KIND, "notification.kind.core.payment-missing", NotificationKind.Audience.ADMINISTRATORS, true, true);
    }

    /** Records where to pay the invoice and tells the administrators. */
    void paymentMissing(TenantId tenant, Invoice invoice) {
        TenantSubscription row = TenantContext.callAsPlatform(() -> transactions.execute(status -> {
            TenantSubscription found = rows.lock(tenant.slug()).orElseThrow();
            if (found.unpaidSince().isEmpty()) {
                found.unpaid(clock.instant());
            }
            found.payAt(invoice.getHostedInvoiceUrl());
            return rows.save(found);
        }));
        TenantProfile profile = catalog.find(tenant).orElseThrow();
        String amount = amount(invoice, profile.defaultLocale());
        String readOnlyFrom = row.readOnlyFrom(settings.grace())
                .map(at -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(profile.defaultLocale())
                        .format(at.atZone(profile.zoneId())))
                .orElse("");
        String link = Objects.requireNonNullElse(invoice.getHostedInvoiceUrl(), "");
        TenantContext.run(
                tenant,
                () -> transactions.executeWithoutResult(status ->
                        notifications.send(users.findActiveWithRole(Role.TENANT_ADMIN.id()).stream()
                                .map(administrator -> Notification.of(
                                                KIND, Notification.Recipient.user(administrator.id()))
                                        .message(
                                                "mail.billing.unpaid.subject",
                                                "mail.billing.unpaid.body",
                                                profile.displayName(),
                                                amount,
                                                link,
                                                readOnlyFrom)
                                        .link("/admin/billing")
                                        .build())
                                .toList())));
    }

    private static String amount(Invoice invoice, Locale locale) {
        return MoneyFormat.formatMinor(
                invoice.getAmountDue() == null ? 0 : invoice.getAmountDue(),
                invoice.getCurrency() == null ? "EUR" : invoice.getCurrency(),
                locale);
    }
}
