/** The claims and tickets module's pages. */
@NullMarked
package guichet.claims.web;

import org.jspecify.annotations.NullMarked;
