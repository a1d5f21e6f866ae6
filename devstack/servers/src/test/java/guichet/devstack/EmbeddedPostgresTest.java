package guichet.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The embedded default database: starts from the jar's binaries, as nobody when run as root, with our extensions. */
class EmbeddedPostgresTest {

    @Test
    void startsAndServesUnaccentAndTrigramSearch() throws Exception {
        Path folder = Files.createTempDirectory("guichet-embedded-test-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedPostgres server = new EmbeddedPostgres(DevStack.home(null).resolve("pgsql-17"), folder.resolve("data"));
        int port = server.start();
        try {
            server.ensureDatabase("guichet");

            try (Connection connection = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + port + "/guichet", "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("create extension if not exists unaccent");
                statement.execute("create extension if not exists pg_trgm");
                ResultSet result = statement.executeQuery(
                        "select unaccent('Réclamation Été'), similarity('bonjour', 'bonjur'), version(), lower('ÉLÉPHANT')");
                result.next();
                assertThat(result.getString(1)).isEqualTo("Reclamation Ete");
                assertThat(result.getDouble(2)).isGreaterThan(0.3);
                assertThat(result.getString(3)).startsWith("PostgreSQL 17");
                assertThat(result.getString(4)).as("case mapping beyond ASCII").isEqualTo("éléphant");
            }
            if (DevStack.runningAsRoot()) {
                assertThat(Files.getOwner(folder.resolve("data")).getName()).isEqualTo("nobody");
            }
            EmbeddedPostgres sameFolder =
                    new EmbeddedPostgres(DevStack.home(null).resolve("pgsql-17"), folder.resolve("data"));
            assertThat(sameFolder.start())
                    .as("a second start on a running folder reuses that server")
                    .isEqualTo(port);
        } finally {
            // No Spring application runs here to stop the server at exit: it would outlive the test JVM.
            server.stop();
            FileSystemUtils.deleteRecursively(folder);
        }
    }
}
