/**
 * Keycloak as Guichet's one identity provider: a realm per tenant kept in line with the catalogue, the users of each
 * realm administered from Guichet, and the realm's events read back into the interaction history.
 */
@NullMarked
package guichet.platform.identity.keycloak;

import org.jspecify.annotations.NullMarked;
