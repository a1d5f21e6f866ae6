/**
 * Who is signed in and what he may do: the roles, the one role-to-permission matrix, the current user, and the
 * {@link guichet.platform.identity.RequiresPermission} check pages and API endpoints declare.
 */
@NamedInterface("identity")
@NullMarked
package guichet.platform.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
