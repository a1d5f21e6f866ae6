package guichet.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test Keycloak clears the homes earlier builds left beside its own, and nothing else in that folder. */
class OldTestKeycloakHomesTest {

    @TempDir
    Path parent;

    @Test
    void onlyOldStoppedKeycloakHomesAreRemoved() throws IOException {
        Path current = Files.createDirectories(parent.resolve("current"));
        Path oldStopped = home("old-stopped", Duration.ofHours(7), false);
        Path oldRunning = home("old-running", Duration.ofHours(7), true);
        Path recent = home("recent", Duration.ofHours(1), false);
        Path someoneElses = Files.createDirectories(parent.resolve("tmp.someone-elses-build"));
        Files.writeString(someoneElses.resolve("pom.xml"), "<project/>");
        age(someoneElses, Duration.ofHours(30));

        DevStack.removeOldTestHomes(current);

        assertThat(oldStopped).doesNotExist();
        assertThat(oldRunning).exists();
        assertThat(recent).exists();
        assertThat(someoneElses.resolve("pom.xml")).as("not a Keycloak's home").exists();
        assertThat(current).exists();
    }

    private Path home(String name, Duration age, boolean running) throws IOException {
        Path home = Files.createDirectories(parent.resolve(name));
        Files.writeString(home.resolve("admin.properties"), "username=admin\n");
        if (running) {
            Files.writeString(home.resolve("keycloak.pid"), "1\n");
        }
        age(home, age);
        return home;
    }

    private static void age(Path folder, Duration age) throws IOException {
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(age)));
    }
}
