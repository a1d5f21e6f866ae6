package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.realms.KeycloakProperties;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Outside the dev and test profiles Guichet starts only with https portals, a Secure session cookie, realm mail over
 * TLS and a database connection that verifies the server (issue 12).
 */
class ProductionSafetyTest {

    private static final String SAFE_DATABASE =
            "jdbc:postgresql://db.example.org:5432/guichet?sslmode=verify-full&sslrootcert=/etc/guichet/db-ca.crt";

    @Test
    void theSafeDefaultsStartInProduction() {
        assertThatCode(() -> ProductionSafety.require(production(), keycloak("https")))
                .doesNotThrowAnyException();
    }

    @Test
    void thePlatformDefaultsAreTheSafeSettings() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = new ClassPathResource("guichet/platform-defaults.properties").getInputStream()) {
            defaults.load(in);
        }
        assertThat(defaults)
                .containsEntry("guichet.identity.keycloak.portal-scheme", "https")
                .containsEntry("server.servlet.session.cookie.secure", "true")
                .containsEntry("guichet.identity.mail-tls", "starttls");
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", SAFE_DATABASE);
        defaults.forEach((key, value) -> environment.setProperty((String) key, (String) value));
        environment.setActiveProfiles("prod");
        KeycloakProperties keycloak = new KeycloakProperties(
                "https://id.example.org",
                "master",
                "admin-cli",
                null,
                "admin",
                "admin",
                "k".repeat(32),
                defaults.getProperty("guichet.identity.keycloak.portal-scheme"),
                0);
        assertThatCode(() -> ProductionSafety.require(environment, keycloak)).doesNotThrowAnyException();
    }

    @Test
    void plainHttpPortalsAreRefused() {
        assertThatThrownBy(() -> ProductionSafety.require(production(), keycloak("http")))
                .hasMessageContaining("portal-scheme must be https")
                .hasMessageContaining("[prod]");
    }

    @Test
    void aSessionCookieWithoutSecureIsRefused() {
        MockEnvironment environment = production().withProperty("server.servlet.session.cookie.secure", "false");
        assertThatThrownBy(() -> ProductionSafety.require(environment, keycloak("https")))
                .hasMessageContaining("server.servlet.session.cookie.secure must be true");
    }

    @Test
    void realmMailWithoutTlsIsRefused() {
        MockEnvironment environment = production().withProperty("guichet.identity.mail-tls", "none");
        assertThatThrownBy(() -> ProductionSafety.require(environment, keycloak("https")))
                .hasMessageContaining("guichet.identity.mail-tls must be starttls or ssl");
        assertThatCode(() -> ProductionSafety.require(
                        production().withProperty("guichet.identity.mail-tls", "ssl"), keycloak("https")))
                .doesNotThrowAnyException();
    }

    @Test
    void aDatabaseConnectionThatDoesNotVerifyTheServerIsRefused() {
        for (String url : new String[] {
            "jdbc:postgresql://db.example.org/guichet",
            "jdbc:postgresql://db.example.org/guichet?sslmode=require",
            "jdbc:postgresql://db.example.org/guichet?sslmode=prefer"
        }) {
            MockEnvironment environment = production().withProperty("spring.datasource.url", url);
            assertThatThrownBy(() -> ProductionSafety.require(environment, keycloak("https")))
                    .as(url)
                    .hasMessageContaining("sslmode=verify-full");
        }
    }

    @Test
    void theDevAndTestProfilesMayRunPlain() {
        for (String profile : new String[] {"dev", "test"}) {
            MockEnvironment environment = new MockEnvironment()
                    .withProperty("server.servlet.session.cookie.secure", "false")
                    .withProperty("guichet.identity.mail-tls", "none")
                    .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/guichet");
            environment.setActiveProfiles(profile);
            assertThatCode(() -> ProductionSafety.require(environment, keycloak("http")))
                    .doesNotThrowAnyException();
        }
    }

    /** A production environment with every setting safe, as the platform's defaults and a TLS database give it. */
    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("server.servlet.session.cookie.secure", "true")
                .withProperty("guichet.identity.mail-tls", "starttls")
                .withProperty("spring.datasource.url", SAFE_DATABASE);
        environment.setActiveProfiles("prod");
        return environment;
    }

    private static KeycloakProperties keycloak(String scheme) {
        return new KeycloakProperties(
                "https://id.example.org", "master", "admin-cli", null, "admin", "admin", "k".repeat(32), scheme, 0);
    }
}
