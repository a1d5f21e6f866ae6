/** People who sign in: tenant staff and customers' accounts, linked to the identity provider by subject. */
@Layer(MODEL)
@ApplicationModule(
        displayName = "Users (shared model)",
        allowedDependencies = {
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.signals",
            "platform.tenancy"
        })
@NullMarked
package guichet.platform.users;

import static guichet.platform.Layer.Name.MODEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
