/** The dashboard's figures, read from the rollups within what the viewer may see. */
@NullMarked
package guichet.stats.dashboard;

import org.jspecify.annotations.NullMarked;
