/**
 * Consumption: what each customer used and was billed, month by month, as the operator's systems send it with the
 * customer base; it feeds the statistics, the customer list's bands and decision support.
 */
@NullMarked
package guichet.customers.consumption;

import org.jspecify.annotations.NullMarked;
