/**
 * A customer's personal data requests: everything Guichet holds about him, exported as JSON or PDF, and his
 * anonymisation on request, which keeps what statistics need.
 */
@NullMarked
package guichet.customers.privacy;

import org.jspecify.annotations.NullMarked;
