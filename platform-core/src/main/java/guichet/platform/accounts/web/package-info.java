/** The pages of user administration, of one's own account and of the tenant's sign-in settings. */
@NullMarked
package guichet.platform.accounts.web;

import org.jspecify.annotations.NullMarked;
