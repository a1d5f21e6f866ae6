/**
 * Notifications to users and to outside addresses, by e-mail and on the platform (specification 002): modules register
 * {@link guichet.platform.notifications.NotificationKind}s and {@link guichet.platform.notifications.Notifications#send
 * send} {@link guichet.platform.notifications.Notification}s; e-mail leaves through a transactional outbox, retried
 * until the mail server takes it; each user chooses, per kind, whether he gets it by e-mail, in-app, or both.
 *
 * <p>Null-marked: no parameter, return value or component is null unless annotated {@code @Nullable}.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {
            "platform.i18n",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.persistence",
            "platform.realms",
            "platform.shell",
            "platform.tenancy",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.platform.notifications;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
