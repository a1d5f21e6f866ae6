/** The invoices' pages: the staff list, an invoice's page, the seller's settings, and the customer's « Mes factures ». */
@NullMarked
package guichet.quotes.invoice.web;

import org.jspecify.annotations.NullMarked;
