package guichet.platform.archives;

import guichet.platform.persistence.TenantMigrations;
import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.provisioning.TenantRequestRejected;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.SecondFactor;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports a tenant to one archive, restores an archive into a fresh tenant, and deletes a tenant from every engine that
 * keeps its data, through the {@link TenantDataPart} beans (ADR 43). Exports and restores run on the application's
 * executor and are recorded ({@link ArchiveJob}), so the console shows them running and then their result; archives
 * are kept in {@code guichet.archives.directory}.
 */
@Service
public class TenantArchives {

    private static final Logger log = LoggerFactory.getLogger(TenantArchives.class);

    private final List<TenantDataPart> parts;
    private final TenantCatalog catalog;
    private final TenantProvisioning provisioning;
    private final TenantMigrations migrations;
    private final ArchiveJobs jobs;
    private final TaskExecutor executor;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path directory;
    private final JsonMapper json;

    TenantArchives(
            List<TenantDataPart> parts,
            TenantCatalog catalog,
            TenantProvisioning provisioning,
            TenantMigrations migrations,
            ArchiveJobs jobs,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            DataSource dataSource,
            Clock clock,
            Environment environment) {
        this.parts = parts.stream()
                .sorted(Comparator.comparingInt(TenantDataPart::order))
                .toList();
        this.catalog = catalog;
        this.provisioning = provisioning;
        this.migrations = migrations;
        this.jobs = jobs;
        this.executor = executor;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.directory = directory(environment);
        this.json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Starts exporting a tenant in the background; the job says when its archive is ready. */
    public ArchiveJob startExport(TenantProfile tenant) {
        ArchiveJob job = jobs.start(ArchiveJob.Kind.EXPORT, tenant.slug(), null);
        executor.execute(() -> {
            Path file = file(job.id());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try {
                Files.createDirectories(directory);
                try (OutputStream out = Files.newOutputStream(partial)) {
                    export(tenant, out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                jobs.done(job.id(), Files.size(file));
            } catch (IOException | RuntimeException e) {
                log.error("Export of tenant {} failed", tenant.slug(), e);
                deleteQuietly(partial);
                jobs.failed(job.id(), "console.archive.error.export", e.toString());
            }
        });
        return job;
    }

    /** Writes a tenant's archive to a stream, every part in order and the manifest last. */
    public void export(TenantProfile tenant, OutputStream target) throws IOException {
        try (ZipArchiveWriter zip = new ZipArchiveWriter(target)) {
            for (TenantDataPart part : parts) {
                part.export(tenant, zip.part(part.name()));
            }
            zip.finish(json.writeValueAsBytes(manifest(tenant, zip.parts())));
        }
    }

    /**
     * Checks an archive and starts restoring it into a fresh tenant in the background. The archive is checked whole
     * first (manifest, checksums, migration level, the new slug), so a refusal comes at once and creates nothing; a
     * restore that fails later removes the tenant it started.
     *
     * @param upload the archive; moved into the archives directory
     * @throws ArchiveRejected when the archive or the slug will not do
     */
    public ArchiveJob startRestore(Path upload, String newSlug) throws IOException {
        if (!TenantId.isValid(newSlug)) {
            throw new ArchiveRejected("console.archive.error.slug", "Invalid slug " + newSlug);
        }
        TenantId id = new TenantId(newSlug);
        if (catalog.exists(id)) {
            throw new ArchiveRejected("console.error.slug.taken", "Slug taken: " + newSlug);
        }
        ArchiveManifest manifest;
        try (ZipArchiveReader reader = ZipArchiveReader.openVerified(upload, json)) {
            manifest = reader.manifest();
            checkLevels(manifest);
        }
        ArchiveJob job = jobs.start(ArchiveJob.Kind.RESTORE, newSlug, manifest.tenantSlug());
        Files.createDirectories(directory);
        Path kept = file(job.id());
        Files.move(upload, kept, StandardCopyOption.REPLACE_EXISTING);
        executor.execute(() -> {
            try {
                restore(kept, id);
                jobs.done(job.id(), null);
            } catch (ArchiveRejected rejected) {
                jobs.failed(job.id(), rejected.messageKey(), rejected.getMessage());
            } catch (TenantRequestRejected rejected) {
                jobs.failed(job.id(), rejected.problems().getFirst().messageKey(), rejected.getMessage());
            } catch (IOException | RuntimeException e) {
                log.error("Restore of an archive into tenant {} failed", newSlug, e);
                jobs.failed(job.id(), "console.archive.error.restore", e.toString());
            } finally {
                deleteQuietly(kept);
            }
        });
        return job;
    }

    /**
     * Restores an archive into a fresh tenant of this slug, in the caller's thread: the tenant is provisioned from the
     * manifest's settings, its schema at the archive's migration levels, and its realm; each part restores its entries;
     * then the later migrations bring the schema, data included, to the application's level. If anything fails, the
     * tenant is deleted again from every part and the catalogue.
     */
    public TenantProfile restore(Path archive, TenantId id) throws IOException {
        try (ZipArchiveReader reader = ZipArchiveReader.openVerified(archive, json)) {
            ArchiveManifest manifest = reader.manifest();
            checkLevels(manifest);
            TenantProfile tenant = provisioning.createAtLevels(
                    newTenant(manifest, id), manifest.migrations().levels());
            try {
                for (TenantDataPart part : parts) {
                    part.restore(tenant, reader.part(part.name()));
                }
                // The archive's data is in the tables it came from; the later migrations now transform it.
                return catalog.recordMigration(id, migrations.migrateNow(id));
            } catch (IOException | RuntimeException e) {
                removeEverywhere(tenant);
                throw e;
            }
        }
    }

    /**
     * Deletes a tenant from every part and the catalogue (its subscription record goes with the catalogue entry); its
     * host answers 404 at once on this instance, on the others at their next catalogue refresh.
     *
     * @param typedSlug the slug the owner typed to confirm
     * @throws ArchiveRejected when the typed slug differs, no export of the tenant was finished, or a part refuses
     */
    public void delete(TenantProfile tenant, String typedSlug) {
        if (!tenant.slug().equals(typedSlug.strip())) {
            throw new ArchiveRejected("console.archive.error.confirm", "Typed slug differs");
        }
        if (!jobs.exported(tenant.slug())) {
            throw new ArchiveRejected("console.archive.error.unexported", "No export of " + tenant.slug());
        }
        for (TenantDataPart part : parts) {
            Optional<String> refusal = part.deletionRefusal(tenant);
            if (refusal.isPresent()) {
                throw new ArchiveRejected(refusal.get(), "Part " + part.name() + " refuses to delete " + tenant.slug());
            }
        }
        ArchiveJob job = jobs.start(ArchiveJob.Kind.DELETE, tenant.slug(), null);
        try {
            removeEverywhere(tenant);
            jobs.done(job.id(), null);
        } catch (RuntimeException e) {
            jobs.failed(job.id(), "console.archive.error.delete", e.toString());
            throw e;
        }
    }

    /** A tenant's exports, restores and deletion, newest first. */
    public List<ArchiveJob> jobs(String tenantSlug) {
        return jobs.of(tenantSlug);
    }

    /** The latest restores, newest first. */
    public List<ArchiveJob> restores() {
        return jobs.restores(20);
    }

    public Optional<ArchiveJob> job(UUID id) {
        return jobs.find(id);
    }

    /** Whether the tenant may be deleted: an export of it was finished. */
    public boolean exported(TenantProfile tenant) {
        return jobs.exported(tenant.slug());
    }

    /** A finished export's archive file. */
    public Optional<Path> archive(ArchiveJob job) {
        Path file = file(job.id());
        return job.kind() == ArchiveJob.Kind.EXPORT && job.isDone() && Files.isRegularFile(file)
                ? Optional.of(file)
                : Optional.empty();
    }

    /**
     * Removes the catalogue entry first, so the host answers 404 and no job of the tenant starts any more, then each
     * part's data, last part first. A part that fails does not stop the others; the first failure is thrown after.
     */
    private void removeEverywhere(TenantProfile tenant) {
        catalog.remove(tenant.id());
        RuntimeException first = null;
        for (TenantDataPart part : parts.reversed()) {
            try {
                part.delete(tenant);
            } catch (RuntimeException e) {
                log.error("Part {} could not delete tenant {}", part.name(), tenant.slug(), e);
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private ArchiveManifest manifest(TenantProfile tenant, Map<String, ArchiveManifest.Part> written) {
        IdentitySettings identity = tenant.identity();
        return new ArchiveManifest(
                ArchiveManifest.FORMAT_VERSION,
                tenant.slug(),
                tenant.displayName(),
                clock.instant(),
                new ArchiveManifest.Settings(
                        tenant.defaultLocale().toLanguageTag(),
                        tenant.zoneId().getId(),
                        tenant.currency().getCurrencyCode(),
                        tenant.rounding().name(),
                        tenant.theme(),
                        tenant.vocabulary(),
                        identity.secondFactor().name(),
                        identity.selfRegistration(),
                        identity.passwordPolicy()),
                tenant.modules().stream().sorted().toList(),
                new ArchiveManifest.Migrations(tenant.migrationFingerprint(), levels(tenant.id())),
                written);
    }

    /** The highest migration applied per owner in a tenant's schema, from each owner's Flyway history table. */
    private Map<String, String> levels(TenantId id) {
        Map<String, String> levels = new LinkedHashMap<>();
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = ?"
                        + " and table_name like 'flyway\\_history\\_%' order by table_name",
                String.class, id.schemaName());
        for (String table : tables) {
            jdbc
                    .queryForList(
                            "select version from " + id.schemaName() + "." + table
                                    + " where success and version is not null and version <> '0'"
                                    + " order by installed_rank desc limit 1",
                            String.class)
                    .stream()
                    .findFirst()
                    .ifPresent(version -> levels.put(table.substring("flyway_history_".length()), version));
        }
        return levels;
    }

    /** Refuses an archive whose schema is at migrations this application does not have. */
    private void checkLevels(ArchiveManifest manifest) {
        Map<String, String> here = migrations.levels();
        for (var level : manifest.migrations().levels().entrySet()) {
            String known = here.get(level.getKey());
            if (known == null
                    || MigrationVersion.fromVersion(level.getValue()).compareTo(MigrationVersion.fromVersion(known))
                            > 0) {
                throw new ArchiveRejected(
                        "console.archive.error.newer",
                        "Archive at " + level.getKey() + " " + level.getValue() + ", this application at " + known,
                        level.getKey(),
                        level.getValue());
            }
        }
    }

    private static NewTenant newTenant(ArchiveManifest manifest, TenantId id) {
        ArchiveManifest.Settings settings = manifest.settings();
        try {
            return new NewTenant(
                    id,
                    manifest.displayName(),
                    Locale.forLanguageTag(settings.defaultLocale()),
                    ZoneId.of(settings.zoneId()),
                    Currency.getInstance(settings.currency()),
                    RoundingMode.valueOf(settings.rounding()),
                    settings.theme(),
                    new ArrayList<>(manifest.modules()),
                    settings.vocabulary(),
                    new IdentitySettings(
                            null,
                            SecondFactor.valueOf(settings.secondFactor()),
                            settings.selfRegistration(),
                            settings.passwordPolicy()));
        } catch (RuntimeException unreadable) {
            throw new ArchiveRejected("console.archive.error.manifest", "Unreadable settings: " + unreadable);
        }
    }

    private Path file(UUID job) {
        return directory.resolve(job + ".zip");
    }

    private static Path directory(Environment environment) {
        String configured = environment.getProperty("guichet.archives.directory");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        String files = environment.getProperty("guichet.files.root");
        Path base = files != null && !files.isBlank()
                ? Path.of(files)
                : Path.of(System.getProperty("java.io.tmpdir"), "guichet");
        return base.resolve(".archives").toAbsolutePath().normalize();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new file in the archives directory for an uploaded archive, to hand to {@link #startRestore}. */
    public Path newUpload() throws IOException {
        Files.createDirectories(directory);
        return Files.createTempFile(directory, "upload-", ".zip");
    }
}
