/** The stock pages: levels, journal, serial look-up, and the movement form. */
@NullMarked
package guichet.shops.stock.web;

import org.jspecify.annotations.NullMarked;
