/** The product catalogue's pages: list, form and table import. */
@NullMarked
package guichet.customers.catalog.web;

import org.jspecify.annotations.NullMarked;
