package guichet.shops.stock;

import guichet.platform.catalog.Product;
import guichet.platform.identity.Role;
import guichet.platform.ids.UserId;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.NotificationKind.Audience;
import guichet.platform.notifications.Notifications;
import guichet.platform.sites.Site;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Tells a site's manager, by e-mail and on the platform (as he chose), that a product went down to its threshold —
 * or the tenant's administrators when the site has no active manager. Sent through the notification outbox in the
 * movement's transaction: a movement refused sends nothing.
 */
@Component
class StockAlerts {

    static final String LOW = "shops.stock-low";

    private final Notifications notifications;
    private final Users users;

    StockAlerts(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @Bean
    static NotificationKind shopsStockLowKind() {
        return new NotificationKind(LOW, "notification.kind." + LOW, Audience.STAFF, true, true);
    }

    void ranLow(Site site, Product product, int quantity, int threshold) {
        List<UserId> to = site.manager()
                .flatMap(users::find)
                .filter(User::active)
                .map(manager -> List.of(manager.id()))
                .orElseGet(() -> users.findActiveWithRole(Role.TENANT_ADMIN.id()).stream()
                        .map(User::id)
                        .toList());
        notifications.send(to.stream()
                .map(user -> Notification.of(LOW, Notification.Recipient.user(user))
                        .message(
                                "shops.mail.low.subject",
                                "shops.mail.low.body",
                                product.code(),
                                product.name(),
                                site.name(),
                                quantity,
                                threshold)
                        .link("/shops/stock?site=" + site.code() + "&low=true")
                        .build())
                .toList());
    }
}
