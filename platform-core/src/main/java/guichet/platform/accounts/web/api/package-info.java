/** The signed-in user's own profile over the REST API. */
@NullMarked
package guichet.platform.accounts.web.api;

import org.jspecify.annotations.NullMarked;
