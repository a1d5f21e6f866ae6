/**
 * Administering a tenant's people from Guichet: staff users and customer accounts, their roles and site, activation,
 * initial passwords; each user's own account page; the tenant's sign-in settings and vocabulary.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {
            "platform.contact",
            "platform.customers",
            "platform.filters",
            "platform.history",
            "platform.i18n",
            "platform.identity",
            "platform.ids",
            "platform.modules",
            "platform.notifications",
            "platform.realms",
            "platform.signals",
            "platform.sites",
            "platform.tenancy",
            "platform.text",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.platform.accounts;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
