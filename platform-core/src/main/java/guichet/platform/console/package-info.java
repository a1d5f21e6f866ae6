/**
 * The platform owner's console on the base host: list, create (with a first administrator), suspend and resume tenants,
 * grant and price modules, follow revenue and payments; export, restore and delete tenants; answer the messages
 * tenants' administrators pass on.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Platform console",
        allowedDependencies = {
            "platform.archives",
            "platform.billing",
            "platform.contact",
            "platform.identity",
            "platform.modules",
            "platform.money",
            "platform.provisioning",
            "platform.signup",
            "platform.subscriptions",
            "platform.tenancy",
            "platform.text",
            "platform.theming",
            "platform.web"
        })
@NullMarked
package guichet.platform.console;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
