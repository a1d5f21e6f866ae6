/** The customer list, search, page, form and export pages. */
@NullMarked
package guichet.customers.directory.web;

import org.jspecify.annotations.NullMarked;
