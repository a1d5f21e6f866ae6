/** The wiki's pages: staff's per customer, and the customer's own shared pages in his portal. */
@NullMarked
package guichet.customers.wiki.web;

import org.jspecify.annotations.NullMarked;
