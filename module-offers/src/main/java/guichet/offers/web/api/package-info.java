/** The offers, packs and promotions module's REST API under {@code /api/offers}. */
@NullMarked
package guichet.offers.web.api;

import org.jspecify.annotations.NullMarked;
