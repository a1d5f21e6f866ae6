/** A customer's personal data page: export and anonymisation. */
@NullMarked
package guichet.customers.privacy.web;

import org.jspecify.annotations.NullMarked;
