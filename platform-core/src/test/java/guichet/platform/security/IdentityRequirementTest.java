package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.realms.KeycloakProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Guichet never serves open pages: it starts only with Keycloak configured, and with a real key outside development. */
class IdentityRequirementTest {

    private static final String STRONG_KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void withoutKeycloakNoProfileStarts() {
        for (String profile : new String[] {"dev", "test", "prod"}) {
            assertThatThrownBy(() -> SecurityConfiguration.requireIdentity(withProfiles(profile), keycloak(null, null)))
                    .as(profile)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("No identity provider is configured");
        }
    }

    @Test
    void developmentMayUseTheDefaultClientSecretKey() {
        assertThatCode(() -> SecurityConfiguration.requireIdentity(
                        withProfiles("dev"), keycloak("http://localhost:8180", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void productionNeedsARealClientSecretKey() {
        assertThatThrownBy(() -> SecurityConfiguration.requireIdentity(
                        withProfiles("prod"), keycloak("https://id.example.org", "short")))
                .hasMessageContaining("client-secret-key")
                .hasMessageContaining("[prod]");
        assertThatCode(() -> SecurityConfiguration.requireIdentity(
                        withProfiles("prod"), keycloak("https://id.example.org", STRONG_KEY)))
                .doesNotThrowAnyException();
    }

    private static KeycloakProperties keycloak(String url, String key) {
        return new KeycloakProperties(url, "master", "admin-cli", null, "admin", "admin", key, "https", 0);
    }

    private static MockEnvironment withProfiles(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
