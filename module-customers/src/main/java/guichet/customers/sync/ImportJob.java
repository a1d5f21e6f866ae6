package guichet.customers.sync;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A customer-base file being imported: its column mapping, and how far its one transaction got. */
@Entity
@Table(name = "cus_import_job")
public class ImportJob {

    /** Uploaded (mapping and checks), running, then done or failed. */
    public enum Status {
        UPLOADED,
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    private UUID id;

    private String fileName;
    private String mapping = "";

    @Enumerated(EnumType.STRING)
    private Status status;

    private int totalRows;
    private int processedRows;
    private int createdCount;
    private int updatedCount;
    private int unchangedCount;
    private @Nullable String problem;
    private @Nullable String createdBy;
    private Instant createdAt;
    private @Nullable Instant finishedAt;

    @Version
    private int version;

    protected ImportJob() {}

    ImportJob(String fileName, int totalRows, Map<Integer, SyncField> mapping, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.totalRows = totalRows;
        this.status = Status.UPLOADED;
        this.createdBy = createdBy;
        this.createdAt = now;
        map(mapping);
    }

    public UUID id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public Status status() {
        return status;
    }

    public int totalRows() {
        return totalRows;
    }

    public int processedRows() {
        return processedRows;
    }

    /** How far the import got, from 0 to 100. */
    public int percent() {
        return totalRows == 0 ? 100 : Math.min(100, processedRows * 100 / totalRows);
    }

    public int createdCount() {
        return createdCount;
    }

    public int updatedCount() {
        return updatedCount;
    }

    public int unchangedCount() {
        return unchangedCount;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public @Nullable String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** Which field each column (by position) fills. */
    public Map<Integer, SyncField> mapping() {
        Map<Integer, SyncField> columns = new LinkedHashMap<>();
        if (mapping.isBlank()) {
            return columns;
        }
        Arrays.stream(mapping.split(",")).forEach(pair -> {
            String[] parts = pair.split(":");
            SyncField.byId(parts[1]).ifPresent(f -> columns.put(Integer.parseInt(parts[0]), f));
        });
        return columns;
    }

    void map(Map<Integer, SyncField> columns) {
        this.mapping = columns.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().id())
                .collect(Collectors.joining(","));
    }

    void start() {
        this.status = Status.RUNNING;
        this.processedRows = 0;
    }

    void finish(CustomerSync.Outcome outcome, Instant now) {
        this.status = outcome.clean() ? Status.DONE : Status.FAILED;
        this.processedRows = outcome.clean() ? totalRows : processedRows;
        this.createdCount = outcome.created();
        this.updatedCount = outcome.updated();
        this.unchangedCount = outcome.unchanged();
        this.problem = outcome.clean() ? null : "customers.sync.failed.rows";
        this.finishedAt = now;
    }

    void fail(String messageKey, Instant now) {
        this.status = Status.FAILED;
        this.problem = messageKey;
        this.finishedAt = now;
    }
}
