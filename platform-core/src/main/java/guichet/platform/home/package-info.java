/** A tenant portal's home page. */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Home page",
        allowedDependencies = {"platform.customers", "platform.identity", "platform.modules", "platform.tenancy"})
@NullMarked
package guichet.platform.home;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
