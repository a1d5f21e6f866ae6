/**
 * Quote requests (seed 002, module 3): what a customer or a member of staff asks a quote for — catalogue items, free
 * text, a message, perhaps an appointment (a visit at a site or a call) — the staff's queue, the confirmed slot and its
 * reminder. Its API is {@link guichet.quotes.request.QuoteRequestDesk}; numbers come from
 * {@link guichet.quotes.request.YearCounters}.
 */
@NullMarked
package guichet.quotes.request;

import org.jspecify.annotations.NullMarked;
