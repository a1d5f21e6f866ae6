/** The tenant's interaction history: every sign-in, failure, sign-out and administrative action, with who, when, where. */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Interaction history",
        allowedDependencies = {
            "platform.identity",
            "platform.ids",
            "platform.realms",
            "platform.tenancy",
            "platform.text",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.platform.history;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
