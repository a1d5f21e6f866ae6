/** Typed identifiers of the shared model's records, by which every layer and module refers to a record. */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Identifiers",
        allowedDependencies = {})
@NullMarked
package guichet.platform.ids;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
