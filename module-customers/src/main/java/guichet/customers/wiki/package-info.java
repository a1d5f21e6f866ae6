/**
 * The per-customer wiki (seed 003): Markdown pages grouped by customer, their revisions and the differences between
 * them, staff-only unless shared with that customer.
 */
@NullMarked
package guichet.customers.wiki;

import org.jspecify.annotations.NullMarked;
