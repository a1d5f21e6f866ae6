/**
 * Quotes (seed 002, module 3): numbered {@code DEV-<year>-<4 digits>} per tenant and year, lines priced through
 * {@code guichet.quotes.pricing}, and revisions — sending freezes the draft as revision N with its lines and totals,
 * revising starts N+1 from it, and two revisions compare. The customer accepts or refuses the latest sent revision; an
 * accepted one is published as {@link guichet.quotes.quote.QuoteAccepted}. Its API is
 * {@link guichet.quotes.quote.QuoteDesk} and {@link guichet.quotes.quote.QuoteReading}.
 */
@NullMarked
package guichet.quotes.quote;

import org.jspecify.annotations.NullMarked;
