/** The shared customer model: natural and legal persons, prospects and customers, each with a unique number. */
@NamedInterface("customers")
@NullMarked
package guichet.platform.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
