/** The customers module's REST API under {@code /api/customers}, with its own request and response records. */
@NullMarked
package guichet.customers.web.api;

import org.jspecify.annotations.NullMarked;
