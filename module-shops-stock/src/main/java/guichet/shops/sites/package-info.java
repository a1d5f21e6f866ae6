/** The tenant's sites as the shops module keeps them: details, opening hours, special days, services offered. */
@NullMarked
package guichet.shops.sites;

import org.jspecify.annotations.NullMarked;
