/** Small helpers for text users type, shared by every module. */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Text",
        allowedDependencies = {})
@NullMarked
package guichet.platform.text;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
