/**
 * Administering a tenant's people from Guichet: staff users and customer accounts, their roles and site, activation,
 * initial passwords; each user's own account page; the tenant's sign-in settings.
 */
@NamedInterface("accounts")
@NullMarked
package guichet.platform.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
