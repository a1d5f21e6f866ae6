/**
 * Keycloak as Guichet's one identity provider: a realm per tenant kept in line with the catalogue, the users of each
 * realm administered from Guichet, and the realm's events read back into the interaction history.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Keycloak realms",
        allowedDependencies = {
            "platform.identity",
            "platform.tenancy",
            "platform.theming",
            "platform.theming :: definition"
        })
@NullMarked
package guichet.platform.realms;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
