/**
 * Contact the administrator (issue 22, seed 002): from any page, a signed-in user, staff or customer, sends his tenant's
 * administrators a question or a bug report, with the page he wrote from and an optional screenshot; they answer it,
 * close it, or pass it on to the platform owner, whose answer comes back to them. Notified by e-mail and in-app.
 *
 * <p>Null-marked: no parameter, return value or component is null unless annotated {@code @Nullable}.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Contact the administrator",
        allowedDependencies = {
            "platform.files",
            "platform.history",
            "platform.identity",
            "platform.ids",
            "platform.notifications",
            "platform.realms",
            "platform.tenancy",
            "platform.text",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.platform.contact;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
