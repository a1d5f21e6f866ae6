/** Each user's notifications page and his choice of notifications. */
@NullMarked
package guichet.platform.notifications.web;

import org.jspecify.annotations.NullMarked;
