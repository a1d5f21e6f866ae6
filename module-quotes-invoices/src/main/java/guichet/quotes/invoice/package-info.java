/**
 * Invoices and credit notes: drafts (from an accepted quote through {@link guichet.quotes.invoice.InvoiceDrafts}, or
 * typed by staff), merged before they are issued; issuing validates the mentions an invoice must carry, numbers it
 * without gaps per tenant and year, and freezes it; credit notes correct an issued invoice; payments move its status;
 * customers ask for invoices through requests staff answer. The seller's mentions are set per tenant
 * ({@link guichet.quotes.invoice.SellerSettings}).
 */
@NullMarked
package guichet.quotes.invoice;

import org.jspecify.annotations.NullMarked;
