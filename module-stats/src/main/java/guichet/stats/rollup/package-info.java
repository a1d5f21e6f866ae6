/**
 * The per-tenant rollups: the modules' facts kept in the transaction of their change, folded by a drain into daily
 * aggregates, rebuilt from the modules' records on demand.
 */
@NullMarked
package guichet.stats.rollup;

import org.jspecify.annotations.NullMarked;
