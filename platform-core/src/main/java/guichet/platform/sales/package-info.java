/**
 * Sales: the products each customer bought (or ordered), with their serial numbers. A customer opens tickets about the
 * products of his sales.
 */
@NamedInterface("sales")
@NullMarked
package guichet.platform.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
