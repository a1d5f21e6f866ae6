/** The statistics and dashboards module's REST API under {@code /api/stats}. */
@NullMarked
package guichet.stats.web.api;

import org.jspecify.annotations.NullMarked;
