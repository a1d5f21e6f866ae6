/** The claims and tickets module's REST API under {@code /api/claims}. */
@NullMarked
package guichet.claims.web.api;

import org.jspecify.annotations.NullMarked;
