package guichet.platform.accounts;

import guichet.platform.customers.Customers;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.Role;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.Notifications;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.CustomerRegistered;
import guichet.platform.users.Users;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the tenant's active administrators of each customer who registers himself (seed 002, module 1), by e-mail and
 * on the platform as each of them chose, and writes it in the history. Runs after the registration commits, from the
 * event publication registry; the notifications it writes leave through the outbox, so a mail server outage delays
 * them and loses none.
 */
@Component
class RegistrationNotices {

    /** The notice's kind: for staff, by e-mail and in-app unless an administrator chooses otherwise. */
    static final String KIND = "core.customer-registered";

    private final Users users;
    private final Notifications notifications;
    private final CurrentTenant tenant;
    private final Customers customers;
    private final InteractionLog history;

    RegistrationNotices(
            Users users,
            Notifications notifications,
            CurrentTenant tenant,
            Customers customers,
            InteractionLog history) {
        this.users = users;
        this.notifications = notifications;
        this.tenant = tenant;
        this.customers = customers;
        this.history = history;
    }

    /** Registered here, beside the notice it describes. */
    @Bean
    static NotificationKind customerRegisteredNotificationKind() {
        return new NotificationKind(
                KIND, "notification.kind.core.customer-registered", NotificationKind.Audience.STAFF, true, true);
    }

    @ApplicationModuleListener
    void on(CustomerRegistered event) {
        TenantProfile profile = tenant.profile();
        String number =
                customers.find(event.customer()).map(c -> c.number().value()).orElse("?");
        notifications.send(users.findActiveWithRole(Role.TENANT_ADMIN.id()).stream()
                .map(administrator -> Notification.of(KIND, Notification.Recipient.user(administrator.id()))
                        .message(
                                "mail.registration.subject",
                                "mail.registration.body",
                                event.displayName(),
                                event.email(),
                                profile.displayName(),
                                number)
                        .link("/admin/users/" + event.account())
                        .build())
                .toList());
        history.recordFor(
                event.email(),
                "CUSTOMER_REGISTERED",
                "customer",
                event.customer().toString(),
                number);
    }
}
