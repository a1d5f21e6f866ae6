/**
 * What modules cost and how Stripe is told: each module's monthly price and currency, kept in line with one Stripe
 * Product and one recurring Price (its {@code lookup_key} names the module), through Stripe's Java SDK.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Billing",
        allowedDependencies = {"platform.modules", "platform.tenancy"})
@NullMarked
package guichet.platform.billing;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
