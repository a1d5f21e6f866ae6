/** The tenant administrator's billing page. */
@NullMarked
package guichet.platform.subscriptions.web;

import org.jspecify.annotations.NullMarked;
