package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Until identity is configured, open pages are allowed in development and tests only. */
class OpenProfilesTest {

    @Test
    void devAndTestProfilesMayServeOpenPages() {
        assertThatCode(() -> SecurityConfiguration.requireOpenProfile(withProfiles("dev")))
                .doesNotThrowAnyException();
        assertThatCode(() -> SecurityConfiguration.requireOpenProfile(withProfiles("test", "other")))
                .doesNotThrowAnyException();
    }

    @Test
    void anyOtherProfileRefusesToStart() {
        assertThatThrownBy(() -> SecurityConfiguration.requireOpenProfile(withProfiles("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no identity provider configured")
                .hasMessageContaining("[prod]");
        assertThatThrownBy(() -> SecurityConfiguration.requireOpenProfile(withProfiles()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static MockEnvironment withProfiles(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
