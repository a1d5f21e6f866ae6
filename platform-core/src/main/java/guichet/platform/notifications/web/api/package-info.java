/** The signed-in user's notifications over the REST API. */
@NullMarked
package guichet.platform.notifications.web.api;

import org.jspecify.annotations.NullMarked;
