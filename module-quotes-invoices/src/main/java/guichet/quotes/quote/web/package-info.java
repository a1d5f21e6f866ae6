/** The quotes' pages: the staff's quote page (lines, sending, revising, differences, PDF) and the customer's portal. */
@NullMarked
package guichet.quotes.quote.web;

import org.jspecify.annotations.NullMarked;
