/**
 * Change signals between the instances of Guichet: what one instance changes, every instance (itself included) hears
 * at once and drops from its memory. Carried by PostgreSQL's {@code LISTEN}/{@code NOTIFY}, so it needs no server of
 * its own.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Change signals",
        allowedDependencies = {})
@NullMarked
package guichet.platform.signals;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
