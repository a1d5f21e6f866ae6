/** The quote requests' pages: the customer's « Demander un devis », the staff's queue and a request's page. */
@NullMarked
package guichet.quotes.request.web;

import org.jspecify.annotations.NullMarked;
