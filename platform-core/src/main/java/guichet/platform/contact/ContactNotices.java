package guichet.platform.contact;

import guichet.platform.identity.Role;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.Notifications;
import guichet.platform.realms.PortalOrigins;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.users.Users;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Tells whom a contact message concerns, by e-mail and on the platform as each chose: the administrators of a message
 * or a follow-up (with the address of the page it was written from), its author of an answer, the administrators of
 * the platform owner's answer. Written in the change's transaction, so the mail leaves through the outbox after it
 * commits.
 */
@Component
class ContactNotices {

    /** A message or a follow-up, for the administrators. */
    static final String RECEIVED = "core.contact-received";

    /** An administrator's answer, for the author. */
    static final String ANSWERED = "core.contact-answered";

    /** The platform owner's answer to a message passed on, for the administrators. */
    static final String OWNER_ANSWERED = "core.contact-owner-answered";

    private final Users users;
    private final Notifications notifications;
    private final CurrentTenant tenant;
    private final PortalOrigins origins;

    ContactNotices(Users users, Notifications notifications, CurrentTenant tenant, PortalOrigins origins) {
        this.users = users;
        this.notifications = notifications;
        this.tenant = tenant;
        this.origins = origins;
    }

    @Bean
    static NotificationKind contactReceivedNotificationKind() {
        return new NotificationKind(
                RECEIVED, "notification.kind." + RECEIVED, NotificationKind.Audience.ADMINISTRATORS, true, true);
    }

    @Bean
    static NotificationKind contactAnsweredNotificationKind() {
        return new NotificationKind(
                ANSWERED, "notification.kind." + ANSWERED, NotificationKind.Audience.ALL, true, true);
    }

    @Bean
    static NotificationKind contactOwnerAnsweredNotificationKind() {
        return new NotificationKind(
                OWNER_ANSWERED,
                "notification.kind." + OWNER_ANSWERED,
                NotificationKind.Audience.ADMINISTRATORS,
                true,
                true);
    }

    /**
     * A new message ({@code followUp} null) or its author's follow-up, to every active administrator but its author.
     */
    void received(ContactMessage message, @Nullable String followUp) {
        String page = message.page()
                .map(path -> origins.of(tenant.profile()).getFirst() + path)
                .orElse("—");
        String subjectKey = followUp != null
                ? "contact.mail.follow-up.subject"
                : message.kind() == ContactMessage.Kind.BUG
                        ? "contact.mail.bug.subject"
                        : "contact.mail.question.subject";
        String bodyKey = followUp != null ? "contact.mail.follow-up.body" : "contact.mail.received.body";
        String text = followUp != null ? followUp : message.body();
        notifications.send(administrators(message).stream()
                .map(admin -> Notification.of(RECEIVED, Notification.Recipient.user(admin))
                        .message(
                                subjectKey,
                                bodyKey,
                                message.authorName(),
                                message.subject(),
                                page,
                                text,
                                message.authorEmail())
                        .link("/admin/contact/" + message.id())
                        .thread(thread(message))
                        .build())
                .toList());
    }

    /** An administrator's answer, to the message's author. */
    void answered(ContactMessage message, String adminName, String answer) {
        notifications.send(Notification.of(ANSWERED, Notification.Recipient.user(message.author()))
                .message(
                        "contact.mail.answered.subject",
                        "contact.mail.answered.body",
                        message.subject(),
                        adminName,
                        answer)
                .link("/contact/messages/" + message.id())
                .thread(thread(message))
                .build());
    }

    /** The platform owner's answer, to every active administrator. */
    void ownerAnswered(ContactMessage message, String answer) {
        notifications.send(administrators(null).stream()
                .map(admin -> Notification.of(OWNER_ANSWERED, Notification.Recipient.user(admin))
                        .message(
                                "contact.mail.owner-answered.subject",
                                "contact.mail.owner-answered.body",
                                message.subject(),
                                answer)
                        .link("/admin/contact/" + message.id())
                        .thread(thread(message))
                        .build())
                .toList());
    }

    /** The active administrators, but the message's author (who knows what he wrote). */
    private List<guichet.platform.ids.UserId> administrators(@Nullable ContactMessage from) {
        return users.findActiveWithRole(Role.TENANT_ADMIN.id()).stream()
                .map(guichet.platform.users.User::id)
                .filter(id -> from == null || !id.equals(from.author()))
                .toList();
    }

    private static String thread(ContactMessage message) {
        return "contact-" + message.id();
    }
}
