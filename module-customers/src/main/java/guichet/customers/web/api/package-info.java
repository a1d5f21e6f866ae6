/** The customers module's REST API under {@code /api/customers}. */
@NullMarked
package guichet.customers.web.api;

import org.jspecify.annotations.NullMarked;
