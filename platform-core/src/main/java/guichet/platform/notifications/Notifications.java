package guichet.platform.notifications;

import guichet.platform.i18n.Languages;
import guichet.platform.notifications.outbox.Outbox;
import guichet.platform.notifications.outbox.OutgoingMail;
import guichet.platform.realms.PortalOrigins;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends notifications of the current tenant (specification 002: by e-mail, and on the platform).
 *
 * <p>Everything is written in the caller's transaction, so a notification exists exactly when the change it tells of
 * does: the in-app notification, and the e-mail in the outbox, from which it leaves once the transaction has committed
 * and, if the mail server is unavailable, later, retried with back-off until it is taken (each mail once). Subject and
 * body are rendered at once in the recipient's language (the user's own if known, else the tenant's) with the tenant's
 * vocabulary.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationKinds kinds;
    private final Users users;
    private final Preferences preferences;
    private final InAppNotifications inApp;
    private final Outbox outbox;
    private final MessageSource messages;
    private final CurrentTenant tenant;
    private final PortalOrigins origins;
    private final Clock clock;

    Notifications(
            NotificationKinds kinds,
            Users users,
            Preferences preferences,
            InAppNotifications inApp,
            Outbox outbox,
            MessageSource messages,
            CurrentTenant tenant,
            PortalOrigins origins,
            Clock clock) {
        this.kinds = kinds;
        this.users = users;
        this.preferences = preferences;
        this.inApp = inApp;
        this.outbox = outbox;
        this.messages = messages;
        this.tenant = tenant;
        this.origins = origins;
        this.clock = clock;
    }

    /**
     * Sends a notification, in the caller's transaction (or a new one). A user gets it in-app and by e-mail as his
     * preferences for its kind say; a deactivated user gets nothing; an outside address always gets the e-mail.
     *
     * @throws IllegalArgumentException if its kind is not registered, or its user is not one of the current tenant's
     * @throws guichet.platform.tenancy.NoTenantException if no tenant is bound
     * @throws org.springframework.context.NoSuchMessageException if its subject or body key does not exist
     */
    @Transactional
    public void send(Notification notification) {
        send(List.of(notification));
    }

    /**
     * Sends notifications together, as {@link #send(Notification)} sends each, at a cost that does not grow with their
     * number in statements: their users are read in one query, their preferences in another, and what they write is
     * inserted in batches (a new ticket tells every agent of the tenant: forty agents are not two hundred statements).
     *
     * @throws IllegalArgumentException if a kind is not registered, or a user is not one of the current tenant's; then
     *     none is sent
     * @throws guichet.platform.tenancy.NoTenantException if no tenant is bound
     * @throws org.springframework.context.NoSuchMessageException if a subject or body key does not exist
     */
    @Transactional
    public void send(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        TenantProfile profile = tenant.profile();
        Set<UUID> ids = new HashSet<>();
        notifications.forEach(n -> {
            if (n.recipient() instanceof Notification.ToUser(var id)) {
                ids.add(id.value());
            }
        });
        Map<UUID, User> recipients = new HashMap<>();
        users.findAllById(ids).forEach(user -> recipients.put(user.id().value(), user));
        Map<Preference.Key, Preference> chosen = new HashMap<>();
        if (!ids.isEmpty()) {
            preferences.ofUsers(ids.toArray(UUID[]::new)).forEach(p -> chosen.put(p.key(), p));
        }
        List<InAppNotification> onPlatform = new ArrayList<>();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Notification notification : notifications) {
            NotificationKind kind = kinds.require(notification.kind());
            switch (notification.recipient()) {
                case Notification.ToUser(var id) -> {
                    User user = recipients.get(id.value());
                    if (user == null) {
                        throw new IllegalArgumentException(
                                "No user " + id + " in tenant " + profile.slug() + " to notify");
                    }
                    if (!user.active()) {
                        log.debug("{} not sent to deactivated user {}", kind.id(), id);
                        continue;
                    }
                    Optional<Preference> preference =
                            Optional.ofNullable(chosen.get(new Preference.Key(id.value(), kind.id())));
                    boolean byEmail = preference.map(Preference::byEmail).orElse(kind.emailByDefault());
                    boolean inApp = preference.map(Preference::inApp).orElse(kind.inAppByDefault());
                    Locale locale = languageOf(user.locale().orElse(null), profile);
                    String subject = render(notification.subjectKey(), notification, locale);
                    String body = render(notification.bodyKey(), notification, locale);
                    if (inApp) {
                        onPlatform.add(new InAppNotification(
                                id, kind.id(), subject, body, notification.link(), clock.instant()));
                    }
                    if (byEmail) {
                        String preferencesPage = origin(profile) + "/notifications/preferences";
                        String footer = messages.getMessage(
                                "notifications.mail.footer.user",
                                new Object[] {profile.displayName(), preferencesPage},
                                locale);
                        mails.add(mail(
                                notification,
                                profile,
                                user.email(),
                                user.displayName(),
                                subject,
                                body,
                                footer,
                                locale));
                    }
                }
                case Notification.ToAddress(var email, var name, var language) -> {
                    Locale locale = languageOf(language, profile);
                    String footer = messages.getMessage(
                            "notifications.mail.footer.address", new Object[] {profile.displayName()}, locale);
                    mails.add(mail(
                            notification,
                            profile,
                            email,
                            name,
                            render(notification.subjectKey(), notification, locale),
                            render(notification.bodyKey(), notification, locale),
                            footer,
                            locale));
                }
            }
        }
        if (!onPlatform.isEmpty()) {
            inApp.saveAll(onPlatform);
        }
        if (!mails.isEmpty()) {
            outbox.enqueue(mails);
        }
    }

    private OutgoingMail mail(
            Notification notification,
            TenantProfile profile,
            String to,
            String toName,
            String subject,
            String body,
            String footer,
            Locale locale) {
        String link = notification.link() == null ? null : origin(profile) + notification.link();
        String open = link == null ? null : messages.getMessage("notifications.mail.open", new Object[] {link}, locale);
        StringBuilder text = new StringBuilder(body);
        if (open != null) {
            text.append("\n\n").append(open);
        }
        text.append("\n\n-- \n").append(footer).append('\n');
        UUID id = UUID.randomUUID();
        String threadId = notification.threadId();
        String root = threadId == null ? null : MailThreads.threadRoot(threadId, profile.id());
        return new OutgoingMail(
                id,
                notification.kind(),
                to,
                toName,
                subject,
                text.toString(),
                html(subject, body, link, footer, locale),
                MailThreads.messageId(id, threadId, profile.id()),
                root,
                root,
                notification.replyTo());
    }

    /** The same mail as simple HTML, for clients that show it: paragraphs, a link, the footer; escaped throughout. */
    private String html(String subject, String body, @Nullable String link, String footer, Locale locale) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(locale.getLanguage())
                .append("\" dir=\"")
                .append(Languages.isRightToLeft(locale) ? "rtl" : "ltr")
                .append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(escaped(subject))
                .append("</title></head>\n<body>\n");
        for (String paragraph : body.split("\\n\\s*\\n")) {
            html.append("<p>").append(escaped(paragraph).replace("\n", "<br>")).append("</p>\n");
        }
        if (link != null) {
            html.append("<p><a href=\"")
                    .append(escaped(link))
                    .append("\">")
                    .append(escaped(link))
                    .append("</a></p>\n");
        }
        html.append("<hr>\n<p><small>").append(escaped(footer)).append("</small></p>\n</body>\n</html>\n");
        return html.toString();
    }

    private String render(String key, Notification notification, Locale locale) {
        return messages.getMessage(key, notification.arguments().toArray(), locale);
    }

    private String origin(TenantProfile profile) {
        return origins.of(profile).getFirst();
    }

    private static Locale languageOf(@Nullable Locale preferred, TenantProfile profile) {
        return Optional.ofNullable(preferred)
                .flatMap(locale -> Languages.supported(locale.toLanguageTag()))
                .or(() -> Languages.supported(profile.defaultLocale().toLanguageTag()))
                .orElse(Locale.FRENCH);
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
