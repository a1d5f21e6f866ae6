/**
 * Money: amounts at their currency's minor unit (EUR 2 decimals, TND 3, XOF none), never {@code double}; each tenant's
 * currency and its one rounding rule; amounts read and written in the page's language.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Money",
        allowedDependencies = {"platform.tenancy"})
@NullMarked
package guichet.platform.money;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
