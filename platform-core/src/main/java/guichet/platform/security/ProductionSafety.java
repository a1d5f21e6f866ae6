package guichet.platform.security;

import guichet.platform.realms.KeycloakProperties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * The settings only a developer's machine may run with (issue 12, ADR 36). Outside the {@code dev} and {@code test}
 * profiles Guichet refuses to start unless tenant portals are served over {@code https}, the session cookie is
 * {@code Secure}, realm mail goes over TLS ({@code guichet.identity.mail-tls} {@code starttls} or {@code ssl}), and the
 * database connection verifies the server's certificate and name ({@code sslmode=verify-full} in
 * {@code spring.datasource.url}). Every setting at fault is named in one message.
 */
final class ProductionSafety {

    private ProductionSafety() {}

    /** Throws, naming every unsafe setting, unless a development profile is active or all of them are safe. */
    static void require(Environment environment, KeycloakProperties keycloak) {
        boolean development = Arrays.stream(environment.getActiveProfiles())
                .anyMatch(SecurityConfiguration.DEVELOPMENT_PROFILES::contains);
        if (development) {
            return;
        }
        List<String> unsafe = new ArrayList<>();
        if (!"https".equals(keycloak.portalScheme())) {
            unsafe.add("guichet.identity.keycloak.portal-scheme must be https");
        }
        if (!environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            unsafe.add("server.servlet.session.cookie.secure must be true");
        }
        String mailTls = environment.getProperty("guichet.identity.mail-tls", "starttls");
        if (!mailTls.equals("starttls") && !mailTls.equals("ssl")) {
            unsafe.add("guichet.identity.mail-tls must be starttls or ssl");
        }
        String database = environment.getProperty("spring.datasource.url", "");
        if (!database.toLowerCase(Locale.ROOT).contains("sslmode=verify-full")) {
            unsafe.add("spring.datasource.url must carry sslmode=verify-full (see docs/security.md)");
        }
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("Settings fit only for development, refused outside the dev and test"
                    + " profiles (active profiles: " + Arrays.toString(environment.getActiveProfiles()) + "): "
                    + String.join("; ", unsafe) + ".");
        }
    }
}
