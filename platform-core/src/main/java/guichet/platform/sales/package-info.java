/**
 * Sales: the products each customer bought (or ordered), with their serial numbers. A customer opens tickets about the
 * products of his sales. Every sale is recorded through {@link guichet.platform.sales.SaleLedger}, where the modules'
 * {@link guichet.platform.sales.SaleParticipant}s take part in its transaction.
 */
@Layer(MODEL)
@ApplicationModule(
        displayName = "Sales (shared model)",
        allowedDependencies = {"platform.ids", "platform.modules"})
@NullMarked
package guichet.platform.sales;

import static guichet.platform.Layer.Name.MODEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
