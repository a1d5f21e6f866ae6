/** People who sign in: tenant staff and customers' accounts, linked to the identity provider by subject. */
@NamedInterface("users")
@NullMarked
package guichet.platform.users;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
