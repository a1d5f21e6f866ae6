package guichet.platform.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * How a tenant's people sign in.
 *
 * @param issuer the issuer URL of the tenant's realm, once created; tokens are accepted only from it
 * @param secondFactor the second factor asked at each new session
 * @param selfRegistration whether visitors may create a customer account themselves
 * @param passwordPolicy a Keycloak password policy, or {@code null} for the platform's default
 */
public record IdentitySettings(
        @Nullable String issuer,
        SecondFactor secondFactor,
        boolean selfRegistration,
        @Nullable String passwordPolicy) {

    public static final IdentitySettings DEFAULT = new IdentitySettings(null, SecondFactor.NONE, false, null);

    public IdentitySettings withIssuer(String newIssuer) {
        return new IdentitySettings(newIssuer, secondFactor, selfRegistration, passwordPolicy);
    }
}
