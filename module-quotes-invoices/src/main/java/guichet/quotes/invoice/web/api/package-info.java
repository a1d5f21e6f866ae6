/** The invoices' REST API under {@code /api/invoices}. */
@NullMarked
package guichet.quotes.invoice.web.api;

import org.jspecify.annotations.NullMarked;
