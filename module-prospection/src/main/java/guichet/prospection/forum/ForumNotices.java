package guichet.prospection.forum;

import guichet.platform.identity.Role;
import guichet.platform.ids.UserId;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.NotificationKind.Audience;
import guichet.platform.notifications.Notifications;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Tells a question's author, by e-mail and on the platform (as he chose), that it was answered, and the moderators
 * (agents and administrators) on the platform that a post waits for them: written in the post's transaction, so a
 * refused post sends nothing and a held answer tells its question's author only once it is published.
 */
@Component
class ForumNotices {

    static final String ANSWERED = "prospection.forum-answered";
    static final String HELD = "prospection.forum-held";

    private final Notifications notifications;
    private final Users users;

    ForumNotices(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @Bean
    static NotificationKind prospectionForumAnsweredKind() {
        return new NotificationKind(ANSWERED, "notification.kind." + ANSWERED, Audience.ALL, true, true);
    }

    @Bean
    static NotificationKind prospectionForumHeldKind() {
        return new NotificationKind(HELD, "notification.kind." + HELD, Audience.STAFF, false, true);
    }

    /** The moderators learn that a post of this question waits for them. */
    void held(Question question, String authorName) {
        Set<UserId> moderators = new LinkedHashSet<>();
        for (Role role : new Role[] {Role.AGENT, Role.TENANT_ADMIN}) {
            users.findActiveWithRole(role.id()).stream().map(User::id).forEach(moderators::add);
        }
        notifications.send(moderators.stream()
                .map(user -> Notification.of(HELD, Notification.Recipient.user(user))
                        .message(
                                "prospection.forum.mail.held.subject",
                                "prospection.forum.mail.held.body",
                                question.title(),
                                authorName)
                        .link("/prospection/forum/moderation")
                        .build())
                .toList());
    }

    /** The question's author learns of a published answer, unless he wrote it himself. */
    void answered(Question question, Answer answer) {
        if (answer.author().equals(question.author())) {
            return;
        }
        notifications.send(Notification.of(ANSWERED, Notification.Recipient.user(question.author()))
                .message(
                        "prospection.forum.mail.answered.subject",
                        "prospection.forum.mail.answered.body",
                        question.title(),
                        answer.authorName(),
                        answer.body())
                .link(Forum.path(question) + "#answer-" + answer.id())
                .build());
    }
}
