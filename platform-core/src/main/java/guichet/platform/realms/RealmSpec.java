package guichet.platform.realms;

import guichet.platform.tenancy.SecondFactor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a realm must look like: the tenant's name, theme, languages, policies, mail and portal addresses. Its
 * fingerprint is stored on the realm, so an unchanged realm is not rewritten at every start.
 *
 * @param name the realm's name: the tenant's slug, or {@code platform}
 * @param displayName shown on the login page
 * @param loginTheme the Keycloak login theme, {@code guichet-<theme>}
 * @param defaultLocale the login page's language until the visitor picks another
 * @param origins the portal's origins, allowed as redirect targets
 * @param clientId the portal's client
 * @param clientSecret the portal client's secret
 * @param roles the realm roles
 * @param secondFactor the second factor asked at each new session
 * @param selfRegistration whether visitors may register
 * @param passwordPolicy the Keycloak password policy
 * @param mail the SMTP server the realm sends its mail through
 */
record RealmSpec(
        String name,
        String displayName,
        String loginTheme,
        Locale defaultLocale,
        List<String> origins,
        String clientId,
        String clientSecret,
        List<String> roles,
        SecondFactor secondFactor,
        boolean selfRegistration,
        String passwordPolicy,
        Mail mail) {

    /** The platform's default password policy. */
    static final String DEFAULT_PASSWORD_POLICY = "length(10) and notUsername and notEmail and passwordHistory(3)";

    /**
     * Where a realm's mail goes.
     *
     * @param tls {@code starttls}, {@code ssl} or {@code none} (development only, see ProductionSafety)
     */
    record Mail(
            String host,
            int port,
            String from,
            String fromDisplayName,
            @Nullable String username,
            @Nullable String password,
            String tls) {}

    /** A digest of everything above; the realm keeps it as an attribute. */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("v3|" + this).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The browser flow that asks for this realm's second factor. */
    String browserFlow() {
        return browserFlow(secondFactor);
    }

    /** The alias of the browser flow that asks this second factor. */
    static String browserFlow(SecondFactor factor) {
        return "guichet-browser-" + factor.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
