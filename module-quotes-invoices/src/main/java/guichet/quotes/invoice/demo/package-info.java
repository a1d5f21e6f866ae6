/** The invoices' share of the demo tenants: atlas's seller mentions and invoices. */
@NullMarked
package guichet.quotes.invoice.demo;

import org.jspecify.annotations.NullMarked;
