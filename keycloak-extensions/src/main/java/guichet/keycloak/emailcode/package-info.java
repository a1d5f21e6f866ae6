/**
 * The e-mailed six-digit code: a second factor asked at each new login session. {@link
 * guichet.keycloak.emailcode.EmailCodeAuthenticatorFactory} registers it in Keycloak under the id {@code
 * guichet-email-code}; the rules of the code themselves live in Keycloak-free classes.
 */
package guichet.keycloak.emailcode;
