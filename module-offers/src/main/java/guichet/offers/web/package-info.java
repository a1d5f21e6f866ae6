/** The offers, packs and promotions module's pages. */
@NullMarked
package guichet.offers.web;

import org.jspecify.annotations.NullMarked;
