/**
 * The customer directory: registering, finding (always through the search port), consulting, changing and converting
 * customers and prospects, within what the signed-in user may see.
 */
@NullMarked
package guichet.customers.directory;

import org.jspecify.annotations.NullMarked;
