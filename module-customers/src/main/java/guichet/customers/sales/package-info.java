/**
 * Sales (seed 004): a seller picks or opens a customer account, picks the product from the third letter typed, enters
 * its serial number and the date; the product then shows among the customer's products. A sale may start as an order
 * and be delivered later (seed 001).
 */
@NullMarked
package guichet.customers.sales;

import org.jspecify.annotations.NullMarked;
