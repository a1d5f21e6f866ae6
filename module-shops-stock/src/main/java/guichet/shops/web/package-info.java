/** The shops and stock module's pages. */
@NullMarked
package guichet.shops.web;

import org.jspecify.annotations.NullMarked;
