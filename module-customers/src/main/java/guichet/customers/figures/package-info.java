/**
 * What the customers module counts for the statistics (seed 002, module 4: « classement des clients par
 * catégories/tranches d'âges », prospects): customers and prospects registered, and prospects converted with the time
 * it took.
 */
@NullMarked
package guichet.customers.figures;

import org.jspecify.annotations.NullMarked;
