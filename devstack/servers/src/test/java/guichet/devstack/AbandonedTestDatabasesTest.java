package guichet.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which idle test databases a new test context may drop: never one another build has only just created. */
class AbandonedTestDatabasesTest {

    @Test
    void aDatabaseCreatedMinutesAgoIsLeftToTheBuildThatCreatedIt() {
        long now = Instant.now().getEpochSecond();
        assertThat(DevStack.isAbandoned("guichet_test_" + now + "_0a1b2c3d")).isFalse();
        assertThat(DevStack.isAbandoned(
                        "guichet_test_" + (now - Duration.ofMinutes(5).toSeconds()) + "_0a1b2c3d"))
                .isFalse();
    }

    @Test
    void anIdleDatabaseFromAnHourAgoOrOfTheOlderNamingIsDropped() {
        long anHourAgo = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        assertThat(DevStack.isAbandoned("guichet_test_" + anHourAgo + "_0a1b2c3d"))
                .isTrue();
        assertThat(DevStack.isAbandoned("guichet_test_d9f893a2dd6b")).isTrue();
    }
}
