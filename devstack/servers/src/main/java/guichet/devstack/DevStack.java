package guichet.devstack;

import guichet.devstack.stripe.StripeStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.core.env.PropertyResolver;

/**
 * Supplies the database and mail server when none is configured, as {@code guichet.devstack.*} asks:
 *
 * <ul>
 *   <li>{@code database=embedded}: a persistent embedded PostgreSQL (the {@code dev} profile);
 *   <li>{@code database=server}: a fresh, throw-away database on the server at {@code server-url} (tests), or on a
 *       throw-away embedded server when that one does not answer;
 *   <li>{@code mail=greenmail}: an in-process GreenMail server;
 *   <li>{@code keycloak=embedded}: a Keycloak from the {@code keycloak-quarkus-dist} zip, on port
 *       {@code keycloak.port}; with {@code keycloak.shared=true} (tests) it outlives the JVM briefly, so that every test
 *       JVM of a build uses the same one.
 * </ul>
 *
 * Whatever the modes, attachments go to {@code files/} in the devstack directory unless {@code guichet.files.root} is
 * set. An explicit {@code spring.datasource.url}, {@code spring.mail.host}, {@code guichet.identity.keycloak.url} or
 * {@code guichet.files.root} always wins.
 */
class DevStack implements EnvironmentPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    private static final String SOURCE = "guichetDevStack";
    private static final String DEFAULTS = "guichetDevStackDefaults";

    private static EmbeddedPostgres persistentServer;
    private static int persistentPort;
    private static int throwAwayPort;
    private static final String TEST_DATABASE_PREFIX = "guichet_test_";
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);
    private static Map<String, Object> keycloak;
    private static boolean abandonedDropped;

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
        if (!environment.containsProperty("guichet.identity.keycloak.url")
                && "embedded".equalsIgnoreCase(environment.getProperty("guichet.devstack.keycloak", "none"))) {
            supplied.putAll(embeddedKeycloak(environment));
        }
        if (!environment.containsProperty("guichet.billing.stripe.api-key")
                && "stub".equalsIgnoreCase(environment.getProperty("guichet.devstack.stripe", "none"))) {
            supplied.putAll(stripeStub(environment));
        }
        if (!supplied.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, supplied));
        }
        if (!environment.containsProperty("guichet.files.root")) {
            // Below every other source: the platform's file store has no default of its own.
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            DEFAULTS,
                            Map.of(
                                    "guichet.files.root",
                                    home(environment).resolve("files").toString())));
        }
    }

    /**
     * The JVM's Stripe stub, signing with a secret of its own; its webhooks go to the base host's endpoint when the
     * port is known ({@code server.port}), or wherever {@link StripeStub#sendWebhooksTo} later says.
     */
    private static synchronized Map<String, Object> stripeStub(ConfigurableEnvironment environment) {
        StripeStub stripe = StripeStub.current();
        if (stripe == null) {
            stripe = StripeStub.startShared();
            SpringApplication.getShutdownHandlers().add(stripe::close);
            int port = environment.getProperty("server.port", Integer.class, 8080);
            if (port > 0) {
                stripe.sendWebhooksTo(URI.create("http://localhost:" + port + "/billing/stripe/webhook"));
            }
        }
        return Map.of(
                "guichet.billing.stripe.api-key", "sk_test_stub",
                "guichet.billing.stripe.api-base", stripe.apiBase(),
                "guichet.billing.stripe.webhook-secret", stripe.webhookSecret());
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

    /**
     * A new database for one application context, named after its creation time. Databases of earlier contexts are
     * dropped here rather than at their JVM's exit, where the drop would race the contexts still closing: any such
     * database nobody is connected to and that is older than {@link #ABANDONED_AFTER}, so that a database another
     * build has just created, and not yet connected to, is left alone.
     */
    private static Map<String, Object> freshDatabase(ConfigurableEnvironment environment) {
        String serverUrl =
                environment.getProperty("guichet.devstack.server-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = environment.getProperty("guichet.devstack.server-user", "postgres");
        String name = TEST_DATABASE_PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        if (!answers(serverUrl, user)) {
            log.warn("No PostgreSQL answers at {}; tests use a throw-away embedded server", serverUrl);
            serverUrl = "jdbc:postgresql://127.0.0.1:" + throwAwayServer() + "/postgres";
            base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        }
        dropAbandonedTestDatabases(serverUrl, user);
        execute(serverUrl, user, "create database " + name);
        return datasource(base + name, user);
    }

    private static synchronized void dropAbandonedTestDatabases(String serverUrl, String user) {
        if (abandonedDropped) {
            return;
        }
        abandonedDropped = true;
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
                var statement = connection.createStatement();
                var unused = statement.executeQuery(
                        "select datname from pg_database d where datname like 'guichet\\_test\\_%'"
                                + " and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (unused.next()) {
                if (isAbandoned(unused.getString(1))) {
                    names.add(unused.getString(1));
                }
            }
            for (String old : names) {
                try (var drop = connection.createStatement()) {
                    drop.execute("drop database if exists \"" + old + "\"");
                } catch (SQLException inUseMeanwhile) {
                    log.debug("Test database {} is in use again; left alone", old);
                }
            }
        } catch (SQLException e) {
            log.warn("Could not clear earlier test databases", e);
        }
    }

    /** Whether a test database nobody is connected to was created long enough ago to be someone's leftover. */
    static boolean isAbandoned(String name) {
        String[] parts = name.substring(TEST_DATABASE_PREFIX.length()).split("_");
        if (parts.length != 2) {
            return true; // named before databases carried their creation time
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(parts[0]))
                    .isBefore(Instant.now().minus(ABANDONED_AFTER));
        } catch (NumberFormatException notOurs) {
            return false;
        }
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

    /** One embedded Keycloak per JVM; a test JVM joins the build's shared one. */
    private static synchronized Map<String, Object> embeddedKeycloak(ConfigurableEnvironment environment) {
        if (keycloak == null) {
            boolean sharedByBuild = environment.getProperty("guichet.devstack.keycloak.shared", Boolean.class, false);
            String configuredHome = environment.getProperty("guichet.devstack.keycloak.home");
            Path home = configuredHome == null || configuredHome.isBlank()
                    ? home(environment).resolve("keycloak")
                    : Path.of(configuredHome).toAbsolutePath();
            if (sharedByBuild) {
                removeOldTestHomes(home);
            }
            KeycloakServer server = new KeycloakServer(
                    KeycloakDistribution.locate(environment),
                    home,
                    environment.getProperty("guichet.devstack.keycloak.port", Integer.class, 8180),
                    Duration.ofSeconds(sharedByBuild ? 120 : 30),
                    !sharedByBuild);
            KeycloakServer.Credentials credentials = server.start();
            keycloak = Map.of(
                    "guichet.identity.keycloak.url", server.url(),
                    "guichet.identity.keycloak.admin-username", credentials.username(),
                    "guichet.identity.keycloak.admin-password", credentials.password());
        }
        return keycloak;
    }

    /**
     * Earlier builds' test Keycloaks (their watchdogs stopped them) leave their files behind; clear them. Only folders
     * that are such a Keycloak's home (its {@code admin.properties} is there) are touched, whatever else shares the
     * parent folder: a home placed straight in the temporary folder must not clear anybody else's files.
     */
    static void removeOldTestHomes(Path current) {
        Path parent = current.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        java.time.Instant cutoff = java.time.Instant.now().minus(Duration.ofHours(6));
        try (var siblings = Files.list(parent)) {
            for (Path sibling : siblings.filter(p -> !p.equals(current)).toList()) {
                if (Files.isRegularFile(sibling.resolve("admin.properties"))
                        && !Files.exists(sibling.resolve("keycloak.pid"))
                        && Files.getLastModifiedTime(sibling).toInstant().isBefore(cutoff)) {
                    org.springframework.util.FileSystemUtils.deleteRecursively(sibling);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clear old test Keycloak folders in {}", parent, e);
        }
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
     * root, whose home {@code nobody} cannot enter: then {@code /var/tmp/guichet}. Created if missing.
     */
    static Path home(PropertyResolver environment) {
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
