/** The quotes' share of the demo tenants: atlas's quote requests and quotes, one of them in two revisions. */
@NullMarked
package guichet.quotes.quote.demo;

import org.jspecify.annotations.NullMarked;
