/**
 * Paying for modules: each tenant's one Stripe customer and subscription (one item per module), started through Stripe
 * Checkout and changed from the tenant administrator's billing page; Stripe's webhooks, each handled once after the
 * answer, re-read the subscription and reconcile the tenant's entitlements from it; an unpaid subscription turns its
 * modules read-only after the grace period.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Subscriptions",
        allowedDependencies = {
            "platform.archives",
            "platform.billing",
            "platform.history",
            "platform.identity",
            "platform.modules",
            "platform.money",
            "platform.notifications",
            "platform.realms",
            "platform.tenancy",
            "platform.users",
            "platform.web"
        })
@NullMarked
package guichet.platform.subscriptions;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
