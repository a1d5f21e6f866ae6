package guichet.platform.notifications;

import guichet.platform.ids.UserId;
import guichet.platform.shell.Bell;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's in-app notifications in the current tenant: what the bell counts and the notifications page lists. A
 * user only ever reaches his own: asked for another's, it answers as if it did not exist.
 */
@Service
public class Inbox implements Bell {

    private final InAppNotifications notifications;
    private final Clock clock;

    Inbox(InAppNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A user's notifications, in the order the page asks (newest first, for the notifications page). */
    @Transactional(readOnly = true)
    public Page<InAppNotification> of(UserId user, Pageable page) {
        return notifications.findByUserId(user.value(), page);
    }

    /** How many of a user's notifications he has not read yet, up to {@link Bell#MOST}. */
    @Transactional(readOnly = true)
    @Override
    public long unreadCount(UserId user) {
        return notifications.countUnreadUpTo(user.value(), Bell.MOST);
    }

    /**
     * Marks one of a user's notifications read (again, harmlessly, if it already is).
     *
     * @return the notification, or empty if the user has no such notification: another user's, another tenant's, or
     *     none at all
     */
    @Transactional
    public Optional<InAppNotification> markRead(UserId user, UUID notification) {
        Optional<InAppNotification> found = notifications.findByIdAndUserId(notification, user.value());
        found.ifPresent(mine -> mine.markRead(clock.instant()));
        return found;
    }

    /**
     * Marks every unread notification of a user read.
     *
     * @return how many were unread
     */
    @Transactional
    public int markAllRead(UserId user) {
        return notifications.markAllRead(user.value(), clock.instant());
    }
}
