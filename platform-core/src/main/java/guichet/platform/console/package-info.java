/** The platform owner's console on the base host: list, create, suspend and resume tenants, grant modules. */
@NullMarked
package guichet.platform.console;

import org.jspecify.annotations.NullMarked;
