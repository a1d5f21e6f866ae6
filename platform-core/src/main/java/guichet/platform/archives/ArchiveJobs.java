package guichet.platform.archives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The record of exports, restores and deletions ({@code platform.tenant_archive}). */
@Component
class ArchiveJobs {

    private static final String COLUMNS =
            "id, kind, tenant_slug, source_slug, status, bytes, error_key, error_detail, started_at, finished_at";

    /** Longer than any export or restore takes; a job still running then was interrupted. */
    static final java.time.Duration STALE_AFTER = java.time.Duration.ofHours(6);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate writing;
    private final Clock clock;

    ArchiveJobs(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    ArchiveJob start(ArchiveJob.Kind kind, String tenantSlug, @Nullable String sourceSlug) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into platform.tenant_archive (id, kind, tenant_slug, source_slug, status, started_at)"
                        + " values (?, ?, ?, ?, 'RUNNING', ?)",
                id,
                kind.name(),
                tenantSlug,
                sourceSlug,
                Timestamp.from(clock.instant()));
        return find(id).orElseThrow();
    }

    void done(UUID id, @Nullable Long bytes) {
        jdbc.update(
                "update platform.tenant_archive set status = 'DONE', bytes = ?, finished_at = ? where id = ?",
                bytes,
                Timestamp.from(clock.instant()),
                id);
    }

    void failed(UUID id, String errorKey, @Nullable String detail) {
        String shortened = detail == null ? null : detail.substring(0, Math.min(detail.length(), 500));
        jdbc.update(
                "update platform.tenant_archive set status = 'FAILED', error_key = ?, error_detail = ?, finished_at = ?"
                        + " where id = ?",
                errorKey,
                shortened,
                Timestamp.from(clock.instant()),
                id);
    }

    Optional<ArchiveJob> find(UUID id) {
        return jdbc
                .query("select " + COLUMNS + " from platform.tenant_archive where id = ?", ArchiveJobs::job, id)
                .stream()
                .findFirst();
    }

    /**
     * Marks as failed the jobs still running after {@link #STALE_AFTER}: their instance stopped before finishing, and
     * the page would otherwise wait for them for ever. A write while a page is read: in a transaction of its own.
     */
    private void failStale() {
        writing.executeWithoutResult(status -> jdbc.update(
                "update platform.tenant_archive set status = 'FAILED', error_key = 'console.archive.error.interrupted',"
                        + " finished_at = ? where status = 'RUNNING' and started_at < ?",
                Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant().minus(STALE_AFTER))));
    }

    /** A tenant's jobs, newest first: exports of it, restores into it, its deletion. */
    List<ArchiveJob> of(String tenantSlug) {
        failStale();
        return jdbc.query(
                "select " + COLUMNS + " from platform.tenant_archive where tenant_slug = ? order by started_at desc",
                ArchiveJobs::job,
                tenantSlug);
    }

    /** Every restore, newest first. */
    List<ArchiveJob> restores(int limit) {
        failStale();
        return jdbc.query(
                "select " + COLUMNS + " from platform.tenant_archive where kind = 'RESTORE'"
                        + " order by started_at desc limit ?",
                ArchiveJobs::job,
                limit);
    }

    /**
     * Whether an export of the tenant was finished: one made since the last deletion of a tenant of that slug, so that an
     * old tenant's archive never stands for a new one's.
     */
    boolean exported(String tenantSlug) {
        Boolean exported = jdbc.queryForObject("""
                select exists (select 1 from platform.tenant_archive e where e.tenant_slug = ? and e.kind = 'EXPORT'
                    and e.status = 'DONE' and e.started_at > coalesce((select max(d.started_at)
                        from platform.tenant_archive d where d.tenant_slug = e.tenant_slug and d.kind = 'DELETE'
                        and d.status = 'DONE'), '-infinity'))""", Boolean.class, tenantSlug);
        return Boolean.TRUE.equals(exported);
    }

    private static ArchiveJob job(ResultSet row, int number) throws SQLException {
        long bytes = row.getLong("bytes");
        boolean noBytes = row.wasNull();
        Timestamp finished = row.getTimestamp("finished_at");
        return new ArchiveJob(
                row.getObject("id", UUID.class),
                ArchiveJob.Kind.valueOf(row.getString("kind")),
                row.getString("tenant_slug"),
                row.getString("source_slug"),
                ArchiveJob.Status.valueOf(row.getString("status")),
                noBytes ? null : bytes,
                row.getString("error_key"),
                row.getString("error_detail"),
                row.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
