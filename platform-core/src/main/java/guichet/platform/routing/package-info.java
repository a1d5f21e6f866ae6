/**
 * From a request's Host header to the scope it runs in, before security: the console on the base host, a tenant on
 * its hosts, a plain refusal otherwise; and the gate that hides modules a tenant does not have.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Routing",
        allowedDependencies = {
            "platform.i18n",
            "platform.modules",
            "platform.persistence",
            "platform.tenancy",
            "platform.web"
        })
@NullMarked
package guichet.platform.routing;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
