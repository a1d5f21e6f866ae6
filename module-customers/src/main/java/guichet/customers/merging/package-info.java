/**
 * Merging duplicates: two records found to be one person become one, the survivor keeping every ticket, sale, account,
 * contact and history entry of the other; the merge is recorded and announced with {@code CustomerMerged}.
 */
@NullMarked
package guichet.customers.merging;

import org.jspecify.annotations.NullMarked;
