package guichet.platform.persistence;

import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings tenant schemas to the migrations on the classpath: platform core's first, then each module's, each with its
 * own history table. A new tenant is migrated synchronously; at start-up, tenants behind are migrated in the
 * background by a bounded pool while every other tenant serves.
 */
public class TenantMigrations implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);
    private static final java.util.regex.Pattern VERSIONED =
            java.util.regex.Pattern.compile("^V([0-9][0-9._]*)__.*\\.sql$");

    private final DataSource dataSource;
    private final TenantCatalog catalog;
    private final ExecutorService workers;
    private final List<Callback> callbacks;
    private final List<MigrationSource> sources;
    private final String fingerprint;
    private final Map<String, String> levels;
    private final Map<TenantId, MigrationState> states = new ConcurrentHashMap<>();

    TenantMigrations(
            DataSource dataSource,
            TenantCatalog catalog,
            ModuleRegistry modules,
            ResourcePatternResolver resources,
            int parallelism,
            List<Callback> callbacks) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.workers = Executors.newFixedThreadPool(
                parallelism,
                Thread.ofPlatform().name("tenant-migration-", 1).daemon(true).factory());
        this.callbacks = List.copyOf(callbacks);
        List<MigrationSource> all = new ArrayList<>();
        all.add(new MigrationSource("core", "classpath:db/migration/tenant/core"));
        modules.all().forEach(m -> all.add(new MigrationSource(m.id(), m.migrationLocation())));
        this.sources =
                all.stream().filter(s -> !scripts(resources, s).isEmpty()).toList();
        this.fingerprint = fingerprint(resources, sources);
        Map<String, String> highest = new java.util.LinkedHashMap<>();
        for (MigrationSource source : sources) {
            scripts(resources, source).stream()
                    .map(Resource::getFilename)
                    .filter(name -> name != null && VERSIONED.matcher(name).matches())
                    .map(name -> VERSIONED.matcher(name).replaceFirst("$1").replace('_', '.'))
                    .max(Comparator.comparing(MigrationVersion::fromVersion))
                    .ifPresent(version -> highest.put(source.owner(), version));
        }
        this.levels = Map.copyOf(highest);
    }

    /**
     * The highest migration version on the classpath per owner ({@code core}, then each module's id): the level a new
     * tenant's schema is brought to, and the highest an archive may come from.
     */
    public Map<String, String> levels() {
        return levels;
    }

    /** A digest of every tenant migration script on the classpath; a tenant is current when its schema matches it. */
    public String currentFingerprint() {
        return fingerprint;
    }

    /** Where a tenant stands. A tenant no worker has looked at yet is judged by its recorded fingerprint. */
    public MigrationState state(TenantProfile tenant) {
        MigrationState known = states.get(tenant.id());
        if (known != null) {
            return known;
        }
        return fingerprint.equals(tenant.migrationFingerprint()) ? MigrationState.READY : MigrationState.PENDING;
    }

    /** Creates a new tenant's schema and applies every migration, in the caller's thread. */
    public String migrateNow(TenantId tenant) {
        states.put(tenant, MigrationState.MIGRATING);
        try {
            apply(tenant);
            states.put(tenant, MigrationState.READY);
            return fingerprint;
        } catch (RuntimeException e) {
            states.remove(tenant);
            throw e;
        }
    }

    /**
     * Creates a new tenant's schema at given migration levels rather than the latest, in the caller's thread: the
     * level an archive's data was exported at, so that it is copied into the tables it came from and the later
     * migrations transform it as they did every other tenant's. The tenant answers 503 (migrating) until {@link
     * #migrateNow(TenantId)} brings it to the latest.
     *
     * @param levels per owner, the highest version to apply; an owner not named gets none of its migrations
     * @return a fingerprint of those levels, which is not the current one
     */
    public String migrateNowTo(TenantId tenant, Map<String, String> levels) {
        states.put(tenant, MigrationState.MIGRATING);
        try {
            for (MigrationSource source : sources) {
                String level = levels.get(source.owner());
                if (level != null) {
                    flyway(tenant, source, MigrationVersion.fromVersion(level)).migrate();
                }
            }
            return "levels:" + new java.util.TreeMap<>(levels);
        } catch (RuntimeException e) {
            states.remove(tenant);
            throw e;
        }
    }

    /** Drops a schema whose tenant could not be created, so that a retry starts clean. */
    public void discard(TenantId tenant) {
        states.remove(tenant);
        new JdbcTemplate(dataSource).execute("drop schema if exists " + tenant.schemaName() + " cascade");
    }

    /**
     * Queues every tenant whose schema is behind for migration by the background workers and returns at once.
     *
     * @return the tenants queued
     */
    public List<TenantId> migrateBehindInBackground() {
        List<TenantId> queued = new ArrayList<>();
        for (TenantProfile tenant : catalog.all()) {
            if (!fingerprint.equals(tenant.migrationFingerprint()) && claim(tenant.id())) {
                queued.add(tenant.id());
                workers.execute(() -> migrateInBackground(tenant.id()));
            }
        }
        if (!queued.isEmpty()) {
            log.info("{} tenant schema(s) behind the current migrations, migrating in the background", queued.size());
        }
        return queued;
    }

    /** Claims a tenant for a worker unless one already has it; a failed or outdated tenant is claimed again. */
    private boolean claim(TenantId tenant) {
        AtomicBoolean claimed = new AtomicBoolean();
        states.compute(tenant, (id, state) -> {
            if (state == MigrationState.PENDING || state == MigrationState.MIGRATING) {
                return state;
            }
            claimed.set(true);
            return MigrationState.PENDING;
        });
        return claimed.get();
    }

    private void migrateInBackground(TenantId tenant) {
        states.put(tenant, MigrationState.MIGRATING);
        try {
            apply(tenant);
            catalog.recordMigration(tenant, fingerprint);
            states.put(tenant, MigrationState.READY);
            log.info("Tenant {} migrated", tenant);
        } catch (RuntimeException e) {
            states.put(tenant, MigrationState.FAILED);
            log.error("Tenant {} could not be migrated; it answers 503 until fixed", tenant, e);
        }
    }

    /** How many migrations a tenant's schema still lacks, over every owner; 0 when it is current. */
    public int pendingCount(TenantId tenant) {
        int pending = 0;
        for (MigrationSource source : sources) {
            pending += flyway(tenant, source).info().pending().length;
        }
        return pending;
    }

    private void apply(TenantId tenant) {
        for (MigrationSource source : sources) {
            flyway(tenant, source).migrate();
        }
    }

    private Flyway flyway(TenantId tenant, MigrationSource source) {
        return flyway(tenant, source, MigrationVersion.LATEST);
    }

    private Flyway flyway(TenantId tenant, MigrationSource source, MigrationVersion target) {
        String schema = tenant.schemaName();
        return Flyway.configure()
                .target(target)
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(source.historyTable())
                .locations(source.location())
                .callbacks(callbacks.toArray(Callback[]::new))
                // Owners share the schema: the second one finds it non-empty. Baselining its own history at
                // version 0 lets every one of its migrations run.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private static List<Resource> scripts(ResourcePatternResolver resources, MigrationSource source) {
        try {
            return Arrays.stream(resources.getResources(source.resourcePattern()))
                    .sorted(Comparator.comparing(
                            Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(ResourcePatternResolver resources, List<MigrationSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (MigrationSource source : sources) {
                for (Resource script : scripts(resources, source)) {
                    digest.update(
                            (source.owner() + "/" + script.getFilename() + "\n").getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = script.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
