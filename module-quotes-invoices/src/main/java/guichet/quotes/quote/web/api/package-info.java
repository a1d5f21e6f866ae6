/** The quotes' REST API: the quotes within the caller's reach, a revision with its lines and totals, and asking for one. */
@NullMarked
package guichet.quotes.quote.web.api;

import org.jspecify.annotations.NullMarked;
