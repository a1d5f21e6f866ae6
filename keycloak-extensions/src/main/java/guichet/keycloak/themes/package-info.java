/**
 * Keycloak themes in Guichet's colours: the hand-written {@code guichet} login and e-mail themes, and one generated
 * login theme {@code guichet-<name>} per tenant-themes theme, written at build time by {@link
 * guichet.keycloak.themes.LoginThemeGenerator}.
 */
package guichet.keycloak.themes;
