/**
 * From a request's Host header to the scope it runs in, before security: the console on the base host, a tenant on
 * its hosts, a plain refusal otherwise; and the gate that hides modules a tenant does not have.
 */
@NullMarked
package guichet.platform.routing;

import org.jspecify.annotations.NullMarked;
