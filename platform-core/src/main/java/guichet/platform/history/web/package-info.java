/** The interaction history page. */
@NullMarked
package guichet.platform.history.web;

import org.jspecify.annotations.NullMarked;
