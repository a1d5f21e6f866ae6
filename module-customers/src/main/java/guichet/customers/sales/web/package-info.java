/** The seller's sale page and the customer's own products on the portal. */
@NullMarked
package guichet.customers.sales.web;

import org.jspecify.annotations.NullMarked;
