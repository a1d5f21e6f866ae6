/**
 * Becoming a tenant: an organisation signs itself up on the base host (its name, sub-domain, first administrator and
 * modules), pays through Stripe Checkout or starts a trial, and is provisioned when Stripe confirms; the console opens
 * tenants by hand the same way ({@link guichet.platform.signup.Onboarding}), each with its first administrator.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Sign-up",
        allowedDependencies = {
            "platform.accounts",
            "platform.billing",
            "platform.modules",
            "platform.money",
            "platform.provisioning",
            "platform.security",
            "platform.subscriptions",
            "platform.tenancy",
            "platform.text",
            "platform.theming",
            "platform.web"
        })
@NullMarked
package guichet.platform.signup;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
