/** The statistics and dashboards module's pages. */
@NullMarked
package guichet.stats.web;

import org.jspecify.annotations.NullMarked;
