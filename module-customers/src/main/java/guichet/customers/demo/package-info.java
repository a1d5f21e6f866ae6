/** The customers module's demo data. */
@NullMarked
package guichet.customers.demo;

import org.jspecify.annotations.NullMarked;
