package guichet.benchmarks.load;

import guichet.platform.identity.Role;
import guichet.platform.realms.KeycloakAdmin;
import guichet.platform.realms.KeycloakProperties;
import guichet.platform.realms.RealmUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

/**
 * Opens the working day's accounts in a tenant's realm through Guichet's own Keycloak administration
 * ({@link RealmUsers}): the agents with the agent role, the portal customers with the customer role, all with the same
 * known password. Guichet makes their records at their first sign-in, as for any account an operator opens in
 * Keycloak. Idempotent: an account that exists is kept (its roles put right), so a second run opens nothing.
 */
public final class LoadAccounts {

    private static final Logger log = LoggerFactory.getLogger(LoadAccounts.class);

    private LoadAccounts() {}

    /** How many accounts a run opened and how many it found. */
    public record Outcome(int opened, int kept) {}

    /**
     * Opens the missing accounts in the running Guichet's Keycloak: {@code -Dguichet.load.keycloak-url} (default
     * {@code http://localhost:8180}), its administrator from {@code -Dguichet.load.keycloak-admin-username} and
     * {@code -password}, else from the {@code admin.properties} the embedded Keycloak keeps in its folder
     * ({@code -Dguichet.load.keycloak-home}, default the run command's).
     */
    public static void main(String[] args) {
        // No Spring Boot start-up here, so no logging set-up either: keep the HTTP clients quiet.
        LoggingSystem logging = LoggingSystem.get(LoadAccounts.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        logging.setLogLevel("guichet.benchmarks", LogLevel.INFO);
        LoadSettings settings = LoadSettings.fromSystem();
        Map<String, Object> keycloak = new HashMap<>();
        keycloak.put(
                "guichet.identity.keycloak.url",
                System.getProperty("guichet.load.keycloak-url", "http://localhost:8180"));
        String username = System.getProperty("guichet.load.keycloak-admin-username");
        String password = System.getProperty("guichet.load.keycloak-admin-password");
        if (username == null || password == null) {
            Properties generated = adminProperties(keycloakHome());
            username = generated.getProperty("username");
            password = generated.getProperty("password");
        }
        keycloak.put("guichet.identity.keycloak.admin-username", username);
        keycloak.put("guichet.identity.keycloak.admin-password", password);
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("load", keycloak));
            context.register(Administration.class);
            context.refresh();
            Outcome outcome = open(context.getBean(RealmUsers.class), settings);
            log.info(
                    "Load accounts of {}: {} opened, {} already there",
                    settings.tenant(),
                    outcome.opened(),
                    outcome.kept());
        }
    }

    /** Opens the agents and customers of these settings that the tenant's realm lacks, a few at a time. */
    public static Outcome open(RealmUsers realmUsers, LoadSettings settings) {
        List<Account> accounts = Stream.concat(
                        IntStream.rangeClosed(1, settings.agents())
                                .mapToObj(n -> new Account(LoadSettings.agent(n), "Agent", "Charge " + n, Role.AGENT)),
                        IntStream.rangeClosed(1, settings.customers())
                                .mapToObj(n ->
                                        new Account(LoadSettings.customer(n), "Client", "Charge " + n, Role.CUSTOMER)))
                .toList();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> done = accounts.stream()
                    .map(account -> workers.submit(() -> ensure(realmUsers, settings, account)))
                    .toList();
            int opened = 0;
            for (Future<Boolean> one : done) {
                opened += one.get() ? 1 : 0;
            }
            return new Outcome(opened, accounts.size() - opened);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening the load accounts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not open the load accounts in " + settings.tenant(), e.getCause());
        } finally {
            workers.shutdown();
        }
    }

    private record Account(String email, String firstName, String lastName, Role role) {}

    /** Whether the account had to be opened. */
    private static boolean ensure(RealmUsers realmUsers, LoadSettings settings, Account account) {
        String realm = settings.tenant();
        var existing = realmUsers.findByEmail(realm, account.email());
        if (existing.isPresent()) {
            realmUsers.setRoles(realm, existing.get(), Set.of(account.role()));
            return false;
        }
        String subject = realmUsers.create(
                realm,
                new RealmUsers.NewAccount(
                        account.email(), account.firstName(), account.lastName(), settings.password(), true));
        realmUsers.grant(realm, subject, Set.of(account.role()));
        return true;
    }

    /** The run command's Keycloak folder: {@code keycloak/} in {@code guichet.devstack.directory} or its default. */
    private static Path keycloakHome() {
        String configured = System.getProperty("guichet.load.keycloak-home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String directory = System.getProperty("guichet.devstack.directory");
        if (directory != null && !directory.isBlank()) {
            return Path.of(directory, "keycloak");
        }
        return "root".equals(System.getProperty("user.name"))
                ? Path.of("/var/tmp/guichet/keycloak")
                : Path.of(System.getProperty("user.home"), ".guichet", "keycloak");
    }

    private static Properties adminProperties(Path home) {
        Path file = home.resolve("admin.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No Keycloak administrator given (-Dguichet.load.keycloak-admin-username, -password) and none in "
                            + file,
                    e);
        }
        return properties;
    }

    /** Guichet's Keycloak administration alone: no web server, no database. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KeycloakProperties.class)
    @Import({KeycloakAdmin.class, RealmUsers.class})
    static class Administration {}
}
