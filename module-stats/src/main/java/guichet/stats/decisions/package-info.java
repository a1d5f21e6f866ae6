/**
 * Decision support: ranked, explained recommendations read from the rollups (seed 002, module 4: « stratégies de
 * vente, de prospection, de réduction des réclamations »).
 */
@NullMarked
package guichet.stats.decisions;

import org.jspecify.annotations.NullMarked;
