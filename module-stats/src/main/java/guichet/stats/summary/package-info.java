/** The tenant's headline figures, read from the platform's shared model. */
@NullMarked
package guichet.stats.summary;

import org.jspecify.annotations.NullMarked;
