/**
 * Who is signed in and what he may do: the roles, the one role-to-permission matrix, the current user, and the
 * {@link guichet.platform.identity.RequiresPermission} check pages and API endpoints declare.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform.ids", "platform.tenancy"})
@NullMarked
package guichet.platform.identity;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
