/**
 * The plug-in contract between platform core and the feature modules: each module jar registers one
 * {@link guichet.platform.modules.ModuleDescriptor} and the {@link guichet.platform.modules.ModuleRegistry} finds it;
 * and the rules of synchronous ports, through which a module takes part in another's operation inside its transaction
 * ({@link guichet.platform.modules.Participant}, {@link guichet.platform.modules.Refusal}).
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Module plug-ins",
        allowedDependencies = {"platform.identity", "platform.tenancy"})
@NullMarked
package guichet.platform.modules;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
