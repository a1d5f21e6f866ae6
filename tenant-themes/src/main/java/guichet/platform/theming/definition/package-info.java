/**
 * What a Guichet theme is: its settings, their inheritance and their rules. Plain Java, so that both the web
 * application and the build-time Keycloak theme generator use it.
 */
package guichet.platform.theming.definition;
