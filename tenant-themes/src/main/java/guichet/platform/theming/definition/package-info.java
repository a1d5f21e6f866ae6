/**
 * What a Guichet theme is: its settings, their inheritance and their rules. Plain Java, so that both the web
 * application and the build-time Keycloak theme generator use it.
 * Exposed as the named interface {@code definition} of the web application's theming module.
 */
@NamedInterface("definition")
package guichet.platform.theming.definition;

import org.springframework.modulith.NamedInterface;
