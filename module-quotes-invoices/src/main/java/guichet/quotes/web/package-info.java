/** The quotes and invoices module's pages. */
@NullMarked
package guichet.quotes.web;

import org.jspecify.annotations.NullMarked;
