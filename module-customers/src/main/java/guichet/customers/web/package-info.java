/** The customers module's pages. */
@NullMarked
package guichet.customers.web;

import org.jspecify.annotations.NullMarked;
