/**
 * The plug-in contract between platform core and the feature modules: each module jar registers one
 * {@link guichet.platform.modules.ModuleDescriptor} and the {@link guichet.platform.modules.ModuleRegistry} finds it.
 */
@NamedInterface("modules")
@NullMarked
package guichet.platform.modules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
