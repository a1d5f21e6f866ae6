package guichet.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database connection over TLS as docs/security.md sets it up outside development: {@code sslmode=verify-full}
 * with the server's certificate authority. A throw-away cluster of the local PostgreSQL (its {@code initdb} and
 * {@code pg_ctl}, run as {@code nobody} like devstack's embedded server) takes TLS connections only, with a certificate
 * for 127.0.0.1 from a test authority made here with openssl.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseTlsTest {

    private static final String UNPRIVILEGED = "nobody";

    private Path folder;
    private Path data;
    private int port;

    @BeforeAll
    void startATlsOnlyCluster() throws IOException {
        assumeTrue(onPath("initdb") && onPath("pg_ctl") && onPath("openssl"), "PostgreSQL and openssl binaries");
        folder = Files.createTempDirectory("guichet-db-tls");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        authority("ca");
        authority("stranger-ca");
        run(List.of(
                "openssl",
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "server.key",
                "-out",
                "server.csr",
                "-subj",
                "/CN=127.0.0.1"));
        Files.writeString(folder.resolve("san.cnf"), "subjectAltName=IP:127.0.0.1\n");
        run(List.of(
                "openssl",
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.crt",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                "server.crt",
                "-days",
                "1",
                "-extfile",
                "san.cnf"));

        data = folder.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        owned(data);
        asServer(List.of("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "--no-sync"));
        for (String file : List.of("server.crt", "server.key")) {
            Path copy = Files.copy(folder.resolve(file), data.resolve(file));
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
            owned(copy);
        }
        // TLS connections only: a plain one is turned away by the server itself.
        Files.writeString(
                data.resolve("pg_hba.conf"),
                "hostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n");
        port = freePort();
        asServer(List.of(
                "pg_ctl",
                "-D",
                data.toString(),
                "-w",
                "-t",
                "120",
                "-l",
                data.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                        + " -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key -c fsync=off",
                "start"));
    }

    @AfterAll
    void stopAndForget() throws IOException {
        if (data != null && Files.exists(data.resolve("postmaster.pid"))) {
            asServer(List.of("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        }
        if (folder != null) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Test
    void verifyFullWithTheServersAuthorityConnectsOverTls() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("verify-full", "ca.crt"), "postgres", "");
                ResultSet ssl = connection
                        .createStatement()
                        .executeQuery("select ssl, version from pg_stat_ssl where pid = pg_backend_pid()")) {
            assertThat(ssl.next()).isTrue();
            assertThat(ssl.getBoolean("ssl")).isTrue();
            assertThat(ssl.getString("version")).startsWith("TLSv1.");
        }
    }

    @Test
    void aServerCertifiedByAnotherAuthorityIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(url("verify-full", "stranger-ca.crt"), "postgres", "")
                        .close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aPlainConnectionIsTurnedAway() {
        assertThatThrownBy(() -> DriverManager.getConnection(url("disable", "ca.crt"), "postgres", "")
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no encryption");
    }

    private String url(String sslMode, String authority) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?sslmode=" + sslMode + "&sslrootcert="
                + folder.resolve(authority);
    }

    private void authority(String name) throws IOException {
        run(List.of(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                name + ".key",
                "-out",
                name + ".crt",
                "-days",
                "1",
                "-subj",
                "/CN=Guichet test " + name));
    }

    private void owned(Path path) throws IOException {
        if (runningAsRoot()) {
            UserPrincipal nobody =
                    path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
            Files.setOwner(path, nobody);
        }
    }

    private void asServer(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        full.addAll(command);
        run(full);
    }

    private void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("Command failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + command.getFirst(), e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean onPath(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
