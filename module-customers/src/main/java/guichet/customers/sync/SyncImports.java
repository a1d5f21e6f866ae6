package guichet.customers.sync;

import guichet.customers.tables.RowProblem;
import guichet.customers.tables.Table;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.web.NotFound;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer-base files: uploaded, mapped (each column to a field, guessed from its header), checked row by row, then
 * applied in the background in one transaction whose progress a separate transaction records every few rows.
 */
@Service
public class SyncImports {

    /** The file's header, a few rows, and the mapping, to show before importing. */
    public record Preview(List<String> header, List<List<String>> rows, Map<Integer, SyncField> mapping) {}

    private static final Logger log = LoggerFactory.getLogger(SyncImports.class);
    private static final int PREVIEW_ROWS = 5;

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final CustomerSync sync;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    SyncImports(
            ImportJobs jobs,
            ImportFiles files,
            CustomerSync sync,
            CurrentUser currentUser,
            CurrentTenant tenant,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.sync = sync;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.transactions = new TransactionTemplate(transactionManager);
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Keeps an uploaded file as a new import, its columns mapped by their headers.
     *
     * @throws guichet.customers.tables.UnreadableTable if it is not a CSV or XLSX table
     */
    @Transactional
    public ImportJob upload(String fileName, byte[] content) {
        Table table = Table.read(fileName, content);
        Map<Integer, SyncField> mapping = new LinkedHashMap<>();
        Set<SyncField> taken = new HashSet<>();
        for (int i = 0; i < table.header().size(); i++) {
            int column = i;
            SyncField.guess(table.header().get(i)).filter(taken::add).ifPresent(f -> mapping.put(column, f));
        }
        String actor = currentUser.get().map(GuichetUser::email).orElse("api");
        ImportJob job = jobs.save(new ImportJob(fileName, table.rows().size(), mapping, actor, clock.instant()));
        files.save(new ImportFile(job.id(), content));
        return job;
    }

    @Transactional(readOnly = true)
    public ImportJob job(UUID id) {
        return jobs.findById(id).orElseThrow(() -> new NotFound("Import " + id));
    }

    @Transactional(readOnly = true)
    public Page<ImportJob> recent(int page) {
        return jobs.findAll(PageRequest.of(Math.max(0, page), 20, Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    @Transactional(readOnly = true)
    public Preview preview(UUID id) {
        ImportJob job = job(id);
        Table table = table(job);
        return new Preview(
                table.header(), table.rows().stream().limit(PREVIEW_ROWS).toList(), job.mapping());
    }

    /** Keeps the mapping and checks every row with it, writing nothing else. */
    @Transactional
    public CustomerSync.Outcome check(UUID id, Map<Integer, SyncField> mapping) {
        ImportJob job = job(id);
        if (job.status() == ImportJob.Status.UPLOADED) {
            job.map(mapping);
        }
        Table table = table(job);
        List<RowProblem> problems = mappingProblems(table, job.mapping());
        if (!problems.isEmpty()) {
            return new CustomerSync.Outcome(table.rows().size(), 0, 0, 0, problems);
        }
        return sync.check(rows(table, job.mapping()), tenant.zoneId());
    }

    /** Starts the import in the background; it applies every row in one transaction, or none. */
    public void run(UUID id) {
        TenantId tenantId = TenantContext.require();
        ZoneId zone = tenant.zoneId();
        boolean started = Boolean.TRUE.equals(transactions.execute(status -> {
            ImportJob job = job(id);
            if (job.status() != ImportJob.Status.UPLOADED) {
                return false;
            }
            job.start();
            return true;
        }));
        if (started) {
            background.submit(() -> TenantContext.run(tenantId, () -> apply(id, zone)));
        }
    }

    private void apply(UUID id, ZoneId zone) {
        try {
            ImportJob snapshot = transactions.execute(status -> job(id));
            List<SyncRow> rows = transactions.execute(status -> rows(table(snapshot), snapshot.mapping()));
            List<RowProblem> problems =
                    mappingProblems(transactions.execute(status -> table(snapshot)), snapshot.mapping());
            CustomerSync.Outcome outcome = problems.isEmpty()
                    ? sync.apply(
                            rows,
                            zone,
                            "import " + snapshot.fileName() + " · " + snapshot.createdBy(),
                            done -> separately.executeWithoutResult(status -> jobs.progress(id, done)))
                    : new CustomerSync.Outcome(rows.size(), 0, 0, 0, problems);
            transactions.executeWithoutResult(status -> job(id).finish(outcome, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            transactions.executeWithoutResult(status -> job(id).fail("customers.sync.failed.error", clock.instant()));
        }
    }

    private Table table(ImportJob job) {
        byte[] content = files.findById(job.id()).orElseThrow().content();
        return Table.read(job.fileName(), content);
    }

    /** The file's rows as synchronised rows, with the fields their mapped columns fill. */
    static List<SyncRow> rows(Table table, Map<Integer, SyncField> mapping) {
        List<SyncRow> rows = new ArrayList<>(table.rows().size());
        for (int i = 0; i < table.rows().size(); i++) {
            Map<SyncField, String> values = new EnumMap<>(SyncField.class);
            Map<SyncField, String> columns = new EnumMap<>(SyncField.class);
            List<String> cells = table.rows().get(i);
            mapping.forEach((column, field) -> {
                if (column < cells.size()) {
                    values.put(field, cells.get(column));
                    columns.put(field, table.header().get(column));
                }
            });
            rows.add(new SyncRow(table.lines().get(i), values, columns));
        }
        return rows;
    }

    private static List<RowProblem> mappingProblems(Table table, Map<Integer, SyncField> mapping) {
        List<RowProblem> problems = new ArrayList<>();
        if (!mapping.containsValue(SyncField.EXTERNAL_REF)) {
            problems.add(new RowProblem(1, String.join(", ", table.header()), "customers.sync.error.ref.column", ""));
        }
        if (mapping.values().stream().distinct().count() < mapping.size()) {
            problems.add(
                    new RowProblem(1, String.join(", ", table.header()), "customers.sync.error.mapping.twice", ""));
        }
        return problems;
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
