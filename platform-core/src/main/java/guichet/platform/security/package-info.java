/**
 * Web security. Until identity is configured, pages are open, and only under the {@code dev} or {@code test} profile;
 * any other profile refuses to start.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.realms",
            "platform.tenancy",
            "platform.web"
        })
@NullMarked
package guichet.platform.security;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
