/** The shops and stock module's REST API under {@code /api/shops}. */
@NullMarked
package guichet.shops.web.api;

import org.jspecify.annotations.NullMarked;
