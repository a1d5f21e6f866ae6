package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application ({@code deploy/target/guichet.jar}), started as its own process the way the README's run
 * command starts it (dev profile, embedded PostgreSQL and GreenMail, the build's Keycloak), with nothing of the test
 * classpath: a library the tests bring but the jar lacks shows here. It serves the demo tenants, sends a visitor to
 * his tenant's themed Keycloak sign-in, and turns an HTML e-mail sent to the {@code helpdesk} mailbox into a ticket.
 */
class PackagedApplicationIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Pattern DATABASE_PORT = Pattern.compile("jdbc:postgresql://127\\.0\\.0\\.1:(\\d+)/guichet");

    private static Process application;
    private static Path log;
    private static Path devstack;
    private static int port;
    private static int smtpPort;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void startTheJar() throws IOException {
        Path jar = Path.of("target", "guichet.jar");
        assertThat(jar)
                .as("the packaged application; run through Maven's verify")
                .exists();
        Path work = Files.createDirectories(Path.of("target", "packaged-it"));
        // Outside the build folder, which may sit in a folder only its owner can enter: run as root, the embedded
        // PostgreSQL runs as nobody, who must reach its binaries.
        devstack = Files.createTempDirectory("guichet-packaged-it-");
        Files.setPosixFilePermissions(devstack, PosixFilePermissions.fromString("rwxr-xr-x"));
        log = work.resolve("guichet.log");
        port = freePort();
        smtpPort = freePort();
        String buildId = System.getProperty("guichet.test.build-id", "local");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--spring.profiles.active=dev",
                "--server.port=" + port,
                "--guichet.devstack.directory=" + devstack.toAbsolutePath(),
                "--guichet.devstack.smtp-port=" + smtpPort,
                "--guichet.devstack.imap-port=" + freePort(),
                // The build's Keycloak, as every test JVM of the build uses it (ADR 0009).
                "--guichet.devstack.keycloak.shared=true",
                "--guichet.devstack.keycloak.port=" + System.getProperty("guichet.test.keycloak-port", "8181"),
                "--guichet.devstack.keycloak.home="
                        + Path.of(System.getProperty("java.io.tmpdir"), "guichet-keycloak-test", buildId),
                "--guichet.claims.mailbox.first-tick=5s",
                "--guichet.claims.mailbox.tick=5s"));
        application = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    @AfterAll
    static void stopIt() throws InterruptedException, IOException {
        if (application != null) {
            application.destroy();
            if (!application.waitFor(60, TimeUnit.SECONDS)) {
                application.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (devstack != null) {
            try (var paths = Files.walk(devstack)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void theJarServesTheDemoTenantsSignsInThroughKeycloakAndTakesMailAsTickets() throws Exception {
        awaitHealthy();

        HttpResponse<String> home = get("http://atlas.localhost:" + port + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Atlas Télécom", "/webjars/bootstrap/");
        Matcher script = Pattern.compile("src=\"(/webjars/htmx[^\"]+)\"").matcher(home.body());
        assertThat(script.find()).as("htmx from the jar's webjars").isTrue();
        assertThat(get("http://atlas.localhost:" + port + script.group(1)).statusCode())
                .isEqualTo(200);
        String authorize = "http://atlas.localhost:" + port + "/login";
        for (int hop = 0; hop < 3 && !authorize.contains("/realms/"); hop++) {
            HttpResponse<String> redirect = get(authorize);
            assertThat(redirect.statusCode()).as(authorize).isEqualTo(302);
            authorize = URI.create(authorize)
                    .resolve(redirect.headers().firstValue("Location").orElseThrow())
                    .toString();
        }
        assertThat(authorize).contains("/realms/atlas/protocol/openid-connect/auth");
        HttpResponse<String> signIn = get(authorize);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("Atlas Télécom");
        assertThat(get("http://nowhere.localhost:" + port + "/").statusCode()).isEqualTo(404);

        String subject =
                "Écran noir au démarrage " + UUID.randomUUID().toString().substring(0, 8);
        sendHtmlMail(subject);
        int databasePort = databasePort();
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(ticketDescription(databasePort, subject))
                        .as("the ticket made of the mail; application log: " + log.toAbsolutePath())
                        .hasValueSatisfying(text ->
                                assertThat(text).contains("L'écran reste noir").doesNotContain("<p>", "<b>")));
    }

    private void awaitHealthy() {
        Awaitility.await()
                .atMost(STARTUP)
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    assertThat(application.isAlive())
                            .as("the application exited; see " + log.toAbsolutePath())
                            .isTrue();
                    HttpResponse<String> health = get("http://localhost:" + port + "/actuator/health");
                    assertThat(health.statusCode()).isEqualTo(200);
                    assertThat(health.body()).contains("\"UP\"");
                });
        assertThat(application.isAlive()).isTrue();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept-Language", "fr")
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void sendHtmlMail(String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage mail = new MimeMessage(Session.getInstance(properties));
        mail.setFrom(new InternetAddress("atelier@inconnu.example.fr", "Atelier inconnu", "UTF-8"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("support@helpdesk.demo"));
        mail.setSubject(subject, "UTF-8");
        mail.setContent(
                "<html><body><p>Bonjour,</p><p><b>L'écran reste noir</b> après la mise à jour.</p></body></html>",
                "text/html; charset=UTF-8");
        Transport.send(mail);
    }

    private static int databasePort() throws IOException {
        Matcher found = DATABASE_PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
        assertThat(found.find()).as("the embedded PostgreSQL's port in " + log).isTrue();
        return Integer.parseInt(found.group(1));
    }

    private static Optional<String> ticketDescription(int databasePort, String title) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + databasePort + "/guichet", "postgres", "");
                PreparedStatement query = connection.prepareStatement("""
                        select m.body from tenant_helpdesk.core_ticket t
                        join tenant_helpdesk.clm_message m on m.ticket_id = t.id
                        where t.title = ? order by m.created_at limit 1""")) {
            query.setString(1, title);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
