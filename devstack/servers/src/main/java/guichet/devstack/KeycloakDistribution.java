package guichet.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Finds the {@code keycloak-quarkus-dist} zip: {@code guichet.devstack.keycloak.distribution} if set, else where Maven
 * put it in the local repository (the build declares it, so the run and test commands have downloaded it).
 */
final class KeycloakDistribution {

    private KeycloakDistribution() {}

    static Path locate(ConfigurableEnvironment environment) {
        String configured = environment.getProperty("guichet.devstack.keycloak.distribution");
        if (configured != null && !configured.isBlank()) {
            return existing(Path.of(configured));
        }
        String version = version();
        String repository = System.getProperty("maven.repo.local");
        Path root = repository == null
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(repository);
        return existing(root.resolve("org/keycloak/keycloak-quarkus-dist")
                .resolve(version)
                .resolve("keycloak-quarkus-dist-" + version + ".zip"));
    }

    /** The Keycloak version the build was made with. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in =
                KeycloakDistribution.class.getClassLoader().getResourceAsStream("guichet/devstack.properties")) {
            if (in == null) {
                throw new IllegalStateException("guichet/devstack.properties is missing from devstack-servers");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("keycloak.version");
    }

    private static Path existing(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution " + zip + " is missing. Run the build once"
                    + " (./mvnw -pl deploy -am spring-boot:run downloads it), or set guichet.devstack.keycloak.distribution,"
                    + " or point guichet.identity.keycloak.url at a running Keycloak.");
        }
        return zip;
    }
}
