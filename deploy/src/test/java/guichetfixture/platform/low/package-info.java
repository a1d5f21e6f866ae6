/** Fixture: a kernel module of a layered platform. */
@Layer(KERNEL)
@ApplicationModule
package guichetfixture.platform.low;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.springframework.modulith.ApplicationModule;
