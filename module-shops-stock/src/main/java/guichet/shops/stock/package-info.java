/**
 * Stock: quantities per product per site, the journal of every movement, serial-numbered items from receipt to sale,
 * thresholds and their alerts, and the module's part in the customers module's sales.
 */
@NullMarked
package guichet.shops.stock;

import org.jspecify.annotations.NullMarked;
