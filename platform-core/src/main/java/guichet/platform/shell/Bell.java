package guichet.platform.shell;

import guichet.platform.ids.UserId;

/**
 * What the navigation bar's bell shows to the signed-in user of a tenant: the number of his unread notifications. The
 * notifications service answers; the shell only asks, so the kernel knows nothing of notifications.
 */
public interface Bell {

    /**
     * The most the bell counts: it shows « 99+ » beyond 99, so counting further would only cost more (an agent told
     * of every new claim may have thousands unread, and the bell is on every page).
     */
    int MOST = 100;

    /** How many of this user's in-app notifications are unread, up to {@link #MOST}. */
    long unreadCount(UserId user);
}
