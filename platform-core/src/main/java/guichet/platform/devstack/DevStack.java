package guichet.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Supplies the database and mail server when none is configured, as {@code guichet.devstack.*} asks:
 *
 * <ul>
 *   <li>{@code database=embedded}: a persistent embedded PostgreSQL (the {@code dev} profile);
 *   <li>{@code database=server}: a fresh, throw-away database on the server at {@code server-url} (tests), or on a
 *       throw-away embedded server when that one does not answer;
 *   <li>{@code mail=greenmail}: an in-process GreenMail server.
 * </ul>
 *
 * An explicit {@code spring.datasource.url} or {@code spring.mail.host} always wins.
 */
class DevStack implements EnvironmentPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    private static final String SOURCE = "guichetDevStack";

    private static EmbeddedPostgres persistentServer;
    private static int persistentPort;
    private static int throwAwayPort;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> supplied = new HashMap<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            String mode =
                    environment.getProperty("guichet.devstack.database", "none").toLowerCase(Locale.ROOT);
            switch (mode) {
                case "embedded" -> supplied.putAll(persistentDatabase(environment));
                case "server" -> supplied.putAll(freshDatabase(environment));
                case "none" -> {}
                default ->
                    throw new IllegalStateException("guichet.devstack.database must be none, embedded or server");
            }
        }
        if (!environment.containsProperty("spring.mail.host")
                && "greenmail".equalsIgnoreCase(environment.getProperty("guichet.devstack.mail", "none"))) {
            supplied.putAll(LocalMailServer.start(environment));
        }
        if (!supplied.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, supplied));
        }
    }

    private static synchronized Map<String, Object> persistentDatabase(ConfigurableEnvironment environment) {
        if (persistentServer == null) {
            Path home = home(environment);
            persistentServer = new EmbeddedPostgres(home.resolve("pgsql-17"), home.resolve("pgdata-17"));
            persistentPort = persistentServer.start();
            persistentServer.ensureDatabase("guichet");
        }
        return datasource("jdbc:postgresql://127.0.0.1:" + persistentPort + "/guichet", "postgres");
    }

    /** A new database for one application context; dropped when the JVM exits. */
    private static Map<String, Object> freshDatabase(ConfigurableEnvironment environment) {
        String serverUrl =
                environment.getProperty("guichet.devstack.server-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = environment.getProperty("guichet.devstack.server-user", "postgres");
        String name =
                "guichet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        if (!answers(serverUrl, user)) {
            log.warn("No PostgreSQL answers at {}; tests use a throw-away embedded server", serverUrl);
            serverUrl = "jdbc:postgresql://127.0.0.1:" + throwAwayServer() + "/postgres";
            base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        }
        execute(serverUrl, user, "create database " + name);
        String adminUrl = serverUrl;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> execute(adminUrl, user, "drop database if exists " + name + " with (force)"),
                        "drop-" + name));
        return datasource(base + name, user);
    }

    private static synchronized int throwAwayServer() {
        if (throwAwayPort == 0) {
            try {
                Path data = Files.createTempDirectory("guichet-pgdata-");
                Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
                EmbeddedPostgres server = new EmbeddedPostgres(home(null).resolve("pgsql-17"), data.resolve("data"));
                throwAwayPort = server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return throwAwayPort;
    }

    private static Map<String, Object> datasource(String url, String user) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", "");
        return properties;
    }

    private static boolean answers(String url, String user) {
        try (Connection ignored = DriverManager.getConnection(url, user, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }

    /**
     * Where embedded servers keep their files: {@code guichet.devstack.directory}, else {@code ~/.guichet}, except as
     * root, whose home {@code nobody} cannot enter: then {@code /var/tmp/guichet}.
     */
    static Path home(ConfigurableEnvironment environment) {
        String configured = environment == null ? null : environment.getProperty("guichet.devstack.directory");
        Path home;
        if (configured != null && !configured.isBlank()) {
            home = Path.of(configured).toAbsolutePath();
        } else if (runningAsRoot()) {
            home = Path.of("/var/tmp/guichet");
        } else {
            home = Path.of(System.getProperty("user.home"), ".guichet");
        }
        try {
            Files.createDirectories(home);
            if (runningAsRoot()) {
                Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    static boolean runningAsRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }
}
