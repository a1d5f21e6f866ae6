/**
 * The price of quote and invoice lines: a {@link guichet.quotes.pricing.Line}'s net amount, rounded half-up to the
 * currency's minor unit, and the {@link guichet.quotes.pricing.Totals} of several lines, with the tax computed once on
 * each rate's base. Quotes and invoices both price through it, so that a quote and the invoice it becomes agree to the
 * minor unit.
 */
@NullMarked
package guichet.quotes.pricing;

import org.jspecify.annotations.NullMarked;
