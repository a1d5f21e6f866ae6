/** The shared customer model: natural and legal persons, prospects and customers, each with a unique number. */
@Layer(MODEL)
@ApplicationModule(
        displayName = "Customers (shared model)",
        allowedDependencies = {"platform.identity", "platform.ids", "platform.text"})
@NullMarked
package guichet.platform.customers;

import static guichet.platform.Layer.Name.MODEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
