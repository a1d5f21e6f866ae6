/**
 * The working day under load: the accounts a load simulation signs in with, opened in a tenant's realm through
 * Guichet's own Keycloak administration, and the settings the simulation and the accounts share.
 */
@NullMarked
package guichet.benchmarks.load;

import org.jspecify.annotations.NullMarked;
