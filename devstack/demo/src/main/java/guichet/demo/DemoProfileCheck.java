package guichet.demo;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with {@code guichet.demo.enabled} outside the {@code dev} and {@code test} profiles: the demo tenants
 * come with accounts whose password is known to everyone who read the README (issue 12, ADR 36).
 */
@Component
@ConditionalOnBooleanProperty("guichet.demo.enabled")
class DemoProfileCheck {

    private static final Set<String> DEVELOPMENT_PROFILES = Set.of("dev", "test");

    DemoProfileCheck(Environment environment) {
        require(environment);
    }

    static void require(Environment environment) {
        if (Arrays.stream(environment.getActiveProfiles()).noneMatch(DEVELOPMENT_PROFILES::contains)) {
            throw new IllegalStateException("guichet.demo.enabled seeds demo tenants with known passwords: refused"
                    + " outside the dev and test profiles (active profiles: "
                    + Arrays.toString(environment.getActiveProfiles()) + ").");
        }
    }
}
