package guichet.platform.shell;

import guichet.platform.ids.UserId;

/**
 * What the navigation bar's bell shows to the signed-in user of a tenant: the number of his unread notifications. The
 * notifications service answers; the shell only asks, so the kernel knows nothing of notifications.
 */
public interface Bell {

    /** How many of this user's in-app notifications are unread. */
    long unreadCount(UserId user);
}
