/** The customer-base import pages: upload, mapping, checks and progress. */
@NullMarked
package guichet.customers.sync.web;

import org.jspecify.annotations.NullMarked;
