/** Where the tenant meets its customers: agencies, shops, points of sale and kiosks, with their position. */
@Layer(MODEL)
@ApplicationModule(
        displayName = "Sites (shared model)",
        allowedDependencies = {"platform.ids"})
@NullMarked
package guichet.platform.sites;

import static guichet.platform.Layer.Name.MODEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
