/**
 * What the claims module counts for the statistics (seed 000: demands by service, agency and period; seed 003:
 * requests per user, resolution time per customer): its measures, the facts of each change, and every fact its
 * tickets hold for a rebuild.
 */
@NullMarked
package guichet.claims.figures;

import org.jspecify.annotations.NullMarked;
