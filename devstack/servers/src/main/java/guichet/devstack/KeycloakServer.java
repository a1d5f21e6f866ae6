package guichet.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A Keycloak started from the {@code keycloak-quarkus-dist} zip in dev mode, with Guichet's provider jar (the e-mailed
 * code authenticator and the tenants' login themes) installed.
 *
 * <p>Keycloak runs under a small watchdog shell in its own session: every JVM that uses it renews a lease file, and the
 * watchdog stops Keycloak once the lease is older than the idle limit. So one Keycloak serves every test JVM of a build
 * and still goes away after it, and a JVM killed without its shutdown hooks never leaves Keycloak behind for long.
 */
final class KeycloakServer {

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    private static final String PROVIDERS_RESOURCE = "guichet/keycloak/keycloak-extensions.jar";
    private static final Path START_LOCK = Path.of(System.getProperty("java.io.tmpdir"), "guichet-keycloak-start.lock");
    private static final Duration LEASE_RENEWAL = Duration.ofSeconds(10);

    private final Path distribution;
    private final Path home;
    private int port;
    private final Duration idleLimit;
    private final boolean stopWithJvm;

    /**
     * @param distribution the {@code keycloak-quarkus-dist} zip
     * @param home the folder this server lives in (its copy of the distribution and its data)
     * @param port the preferred HTTP port; another free one is taken when it is busy
     * @param idleLimit how long the server outlives the last lease renewal
     * @param stopWithJvm whether this JVM's exit stops the server at once (the run command) or leaves it to the lease
     *     (a test JVM, so that the next test JVM of the build reuses it)
     */
    KeycloakServer(Path distribution, Path home, int port, Duration idleLimit, boolean stopWithJvm) {
        this.distribution = distribution;
        this.home = home;
        this.port = port;
        this.idleLimit = idleLimit;
        this.stopWithJvm = stopWithJvm;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /**
     * Starts the server, or joins the one already running in this home, and returns its admin credentials. Everything
     * is done holding a machine-wide lock: two JVMs of a build starting at once (Maven building two modules at a time)
     * would otherwise unpack the distribution over each other, or both pick the same free port.
     */
    Credentials start() {
        try {
            Files.createDirectories(home);
            try (FileChannel channel =
                            FileChannel.open(START_LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                Path keycloak = unpack();
                boolean providersChanged = installProviders(keycloak);
                Credentials credentials = credentials();
                if (isRunning()) {
                    if (!providersChanged) {
                        join();
                        return credentials;
                    }
                    stopRunning();
                }
                port = Ports.isFree(port) && Ports.isFree(port + 1000) ? port : freePortPair();
                Files.writeString(home.resolve("port"), String.valueOf(port));
                launch(keycloak, credentials);
                renewLeaseForever();
                awaitReady();
                return credentials;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak in " + home, e);
        }
    }

    private void join() throws IOException {
        port = Integer.parseInt(Files.readString(home.resolve("port")).strip());
        log.info("Keycloak already running at {} (home {}); using it", url(), home);
        renewLeaseForever();
        awaitReady();
    }

    /** The master realm's administrator of this server; generated once per home. */
    record Credentials(String username, String password) {}

    private Credentials credentials() throws IOException {
        Path file = home.resolve("admin.properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        } else {
            properties.setProperty("username", "guichet-admin");
            properties.setProperty("password", HexFormat.of().formatHex(randomBytes()));
            try (var out = Files.newOutputStream(file)) {
                properties.store(out, "Keycloak bootstrap administrator of this embedded server");
            }
        }
        return new Credentials(properties.getProperty("username"), properties.getProperty("password"));
    }

    private Path unpack() throws IOException {
        Path marker = home.resolve("dist/.unpacked");
        if (Files.exists(marker)) {
            return singleChild(home.resolve("dist"));
        }
        Path target = home.resolve("dist");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Archive entry escapes its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path keycloak = singleChild(target);
        for (String script : List.of("bin/kc.sh", "bin/kcadm.sh", "bin/kcreg.sh")) {
            Path executable = keycloak.resolve(script);
            if (Files.exists(executable)) {
                executable.toFile().setExecutable(true);
            }
        }
        Files.createFile(marker);
        return keycloak;
    }

    /** Copies Guichet's provider jar into Keycloak, and says whether it differs from the one already there. */
    private boolean installProviders(Path keycloak) throws IOException {
        Path installed = keycloak.resolve("providers/guichet-keycloak-extensions.jar");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PROVIDERS_RESOURCE)) {
            if (in == null) {
                log.warn(
                        "{} is not on the classpath: Keycloak runs without Guichet's themes and e-mailed code",
                        PROVIDERS_RESOURCE);
                return false;
            }
            byte[] jar = in.readAllBytes();
            if (Files.exists(installed) && Arrays.equals(Files.readAllBytes(installed), jar)) {
                return false;
            }
            Files.write(installed, jar);
            return true;
        }
    }

    private void launch(Path keycloak, Credentials credentials) throws IOException {
        Path lease = home.resolve("lease");
        Path logFile = home.resolve("keycloak.log");
        touch(lease);
        String script = String.join(
                "\n",
                "\"$GKC_HOME/bin/kc.sh\" start-dev --http-port=$GKC_PORT --hostname=http://localhost:$GKC_PORT"
                        + " --http-management-port=$GKC_MANAGEMENT_PORT >> \"$GKC_LOG\" 2>&1 &",
                "kc=$!",
                "echo $kc > \"$GKC_PIDFILE\"",
                "while kill -0 $kc 2>/dev/null; do",
                "  age=$(( $(date +%s) - $(stat -c %Y \"$GKC_LEASE\" 2>/dev/null || echo 0) ))",
                "  if [ $age -gt $GKC_IDLE ]; then kill -TERM $kc; wait $kc; break; fi",
                "  sleep 2",
                "done",
                "rm -f \"$GKC_PIDFILE\"");
        ProcessBuilder builder = new ProcessBuilder("setsid", "bash", "-c", script)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        var env = builder.environment();
        env.put("GKC_HOME", keycloak.toString());
        env.put("GKC_PORT", String.valueOf(port));
        env.put("GKC_MANAGEMENT_PORT", String.valueOf(port + 1000));
        env.put("GKC_LOG", logFile.toString());
        env.put("GKC_PIDFILE", home.resolve("keycloak.pid").toString());
        env.put("GKC_LEASE", lease.toString());
        env.put("GKC_IDLE", String.valueOf(idleLimit.toSeconds()));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", credentials.username());
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", credentials.password());
        builder.start();
        log.info("Starting Keycloak at {} (home {}, log {}); the first start takes a minute", url(), home, logFile);
        if (stopWithJvm) {
            SpringApplication.getShutdownHandlers().add(() -> expire(lease));
        }
    }

    /** Ends the lease, so that the watchdog stops Keycloak within seconds. */
    private static void expire(Path lease) {
        try {
            Files.setLastModifiedTime(lease, FileTime.from(Instant.EPOCH));
        } catch (IOException e) {
            log.warn("Could not end the Keycloak lease {}", lease, e);
        }
    }

    private void stopRunning() throws IOException {
        expire(home.resolve("lease"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (isRunning() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(500));
        }
    }

    private void renewLeaseForever() {
        Path lease = home.resolve("lease");
        var renewer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("keycloak-lease").daemon(true).factory());
        renewer.scheduleAtFixedRate(() -> touch(lease), 0, LEASE_RENEWAL.toSeconds(), TimeUnit.SECONDS);
    }

    private boolean isRunning() {
        Path pidFile = home.resolve("keycloak.pid");
        try {
            if (!Files.exists(pidFile)) {
                return false;
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/realms/master"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.info("Keycloak ready at {}", url());
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            if (!isRunning()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + home.resolve("keycloak.log"));
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(
                "Keycloak did not answer within 4 minutes; see " + home.resolve("keycloak.log"));
    }

    /** A port free for HTTP whose management port (1000 above) is free too. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = Ports.free();
            if (candidate + 1000 < 65_536 && Ports.isFree(candidate + 1000)) {
                return candidate;
            }
        }
        throw new IOException("No free port pair for Keycloak");
    }

    private static Path singleChild(Path folder) throws IOException {
        try (var children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow(() -> new IOException("Empty Keycloak distribution in " + folder));
        }
    }

    private static void touch(Path file) {
        try {
            if (Files.exists(file)) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            } else {
                Files.writeString(file, "", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            log.warn("Could not renew the Keycloak lease {}", file, e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
