/** The claims module's share of the demo tenants: each seed's own statuses, types, canned replies and tickets. */
@NullMarked
package guichet.claims.demo;

import org.jspecify.annotations.NullMarked;
