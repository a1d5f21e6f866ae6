package guichet.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo tenants, with their known passwords, are seeded on a developer's machine and in tests only. */
class DemoProfileCheckTest {

    @Test
    void demoSeedingIsRefusedAtStartUpOutsideDevelopment() {
        for (String[] profiles : new String[][] {{}, {"prod"}, {"staging", "eu"}}) {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles(profiles);
            assertThatThrownBy(() -> DemoProfileCheck.require(environment))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("guichet.demo.enabled");
        }
    }

    @Test
    void theDevAndTestProfilesMaySeedTheDemo() {
        for (String profile : new String[] {"dev", "test"}) {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles(profile);
            assertThatCode(() -> DemoProfileCheck.require(environment)).doesNotThrowAnyException();
        }
    }
}
