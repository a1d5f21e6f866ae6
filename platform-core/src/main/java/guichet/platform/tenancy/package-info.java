/**
 * Which tenant a piece of work belongs to: the tenant catalogue, the per-thread tenant context and the rules that carry
 * it across threads, jobs and events.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Tenancy",
        allowedDependencies = {"platform.signals"})
@NullMarked
package guichet.platform.tenancy;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
