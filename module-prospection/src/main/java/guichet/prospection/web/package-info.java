/** The prospecting module's pages. */
@NullMarked
package guichet.prospection.web;

import org.jspecify.annotations.NullMarked;
