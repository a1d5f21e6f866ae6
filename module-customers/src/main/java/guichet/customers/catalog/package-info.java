/**
 * The product catalogue as the tenant keeps it: the distributor's product table (reference, designation, still on sale
 * or not, seed 004) imported from CSV, and each product editable.
 */
@NullMarked
package guichet.customers.catalog;

import org.jspecify.annotations.NullMarked;
