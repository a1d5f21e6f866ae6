/** The store locator: the nearest open sites to a position, for anyone on the tenant's host. */
@NullMarked
package guichet.shops.locator;

import org.jspecify.annotations.NullMarked;
