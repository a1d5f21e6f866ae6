/** The page that merges a duplicate into a customer. */
@NullMarked
package guichet.customers.merging.web;

import org.jspecify.annotations.NullMarked;
