package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.customers.sync.CustomerSync;
import guichet.customers.sync.ImportJob;
import guichet.customers.sync.SyncField;
import guichet.customers.sync.SyncImports;
import guichet.customers.sync.SyncRow;
import guichet.customers.tables.RowProblem;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer-base synchronisation other systems push to (seed 003): a bulk upsert keyed by external reference,
 * idempotent, all or nothing; and the progress of file imports.
 */
@Tag(
        name = "Customer-base synchronisation",
        description = "Bulk upsert keyed by external reference, and file import progress")
@RestController
@RequiresPermission(CustomersModule.IMPORT)
@RequestMapping("/api/customers")
class SyncApiController {

    /** What a synchronisation did; when any row is wrong, every problem and nothing done. */
    record SyncResponse(int rows, int created, int updated, int unchanged, List<RowProblem> problems) {}

    /** A file import's state. */
    record ImportResponse(
            UUID id,
            String fileName,
            String status,
            int totalRows,
            int processedRows,
            int created,
            int updated,
            int unchanged,
            @Nullable String problem) {}

    private final CustomerSync sync;
    private final SyncImports imports;
    private final CurrentTenant tenant;
    private final CurrentUser currentUser;

    SyncApiController(CustomerSync sync, SyncImports imports, CurrentTenant tenant, CurrentUser currentUser) {
        this.sync = sync;
        this.imports = imports;
        this.tenant = tenant;
        this.currentUser = currentUser;
    }

    /**
     * Creates or updates each customer by his {@code externalRef}; every field of a request replaces the customer's
     * (the stage only from prospect to customer). {@code resellerNumber} names the reseller by his customer number or by
     * his external reference, in the base or in the same request. Rows are numbered from 1 in problems.
     */
    @Operation(summary = "Create or update customers by external reference, all or nothing, idempotent")
    @PostMapping("/sync")
    ResponseEntity<SyncResponse> synchronise(@RequestBody List<CustomerRequest> customers) {
        List<SyncRow> rows = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            rows.add(row(i + 1, customers.get(i)));
        }
        String actor = "api · " + currentUser.get().map(GuichetUser::email).orElse("?");
        CustomerSync.Outcome outcome = sync.apply(rows, tenant.zoneId(), actor, done -> {});
        SyncResponse body = new SyncResponse(
                outcome.rows(), outcome.created(), outcome.updated(), outcome.unchanged(), outcome.problems());
        return ResponseEntity.status(outcome.clean() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(body);
    }

    /**
     * A customer's month of usage, as the operator's billing system sends it.
     *
     * @param month {@code 2026-11}
     * @param voiceMinutes minutes of calls; a figure left out keeps the value kept for that month (zero at first)
     * @param dataMb data used, in megabytes
     * @param billed the amount billed, in the tenant's currency
     */
    public record UsageRequest(
            @Nullable String externalRef,
            @Nullable String month,
            @Nullable BigDecimal voiceMinutes,
            @Nullable Long sms,
            @Nullable BigDecimal dataMb,
            @Nullable BigDecimal billed) {}

    /**
     * Keeps each customer's usage for a month, the customer found by his {@code externalRef} (usage never creates a
     * customer); a month sent again replaces the one kept. All or nothing, idempotent; rows are numbered from 1.
     */
    @Operation(summary = "Import customers' monthly usage (minutes, SMS, data, amount billed), all or nothing")
    @PostMapping("/consumption")
    ResponseEntity<SyncResponse> consumption(@RequestBody List<UsageRequest> usages) {
        List<SyncRow> rows = new ArrayList<>();
        for (int i = 0; i < usages.size(); i++) {
            UsageRequest usage = usages.get(i);
            Map<SyncField, String> values = new EnumMap<>(SyncField.class);
            values.put(SyncField.EXTERNAL_REF, text(usage.externalRef()));
            values.put(SyncField.MONTH, text(usage.month()));
            putIfGiven(values, SyncField.VOICE, usage.voiceMinutes());
            putIfGiven(values, SyncField.SMS, usage.sms());
            putIfGiven(values, SyncField.DATA, usage.dataMb());
            putIfGiven(values, SyncField.BILLED, usage.billed());
            rows.add(new SyncRow(i + 1, values, Map.of()));
        }
        String actor = "api · " + currentUser.get().map(GuichetUser::email).orElse("?");
        CustomerSync.Outcome outcome = sync.apply(rows, tenant.zoneId(), actor, done -> {});
        SyncResponse body = new SyncResponse(
                outcome.rows(), outcome.created(), outcome.updated(), outcome.unchanged(), outcome.problems());
        return ResponseEntity.status(outcome.clean() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(body);
    }

    private static void putIfGiven(Map<SyncField, String> values, SyncField field, @Nullable Object value) {
        if (value != null) {
            values.put(field, value instanceof BigDecimal amount ? amount.toPlainString() : value.toString());
        }
    }

    @Operation(summary = "The progress and result of a file import")
    @GetMapping("/imports/{id}")
    ImportResponse importJob(@PathVariable UUID id) {
        ImportJob job = imports.job(id);
        return new ImportResponse(
                job.id(),
                job.fileName(),
                job.status().name(),
                job.totalRows(),
                job.processedRows(),
                job.createdCount(),
                job.updatedCount(),
                job.unchangedCount(),
                job.problem().orElse(null));
    }

    private static SyncRow row(int line, CustomerRequest c) {
        Map<SyncField, String> values = new EnumMap<>(SyncField.class);
        values.put(SyncField.EXTERNAL_REF, text(c.externalRef()));
        values.put(SyncField.KIND, c.kind() == null ? "NATURAL_PERSON" : c.kind());
        values.put(SyncField.STAGE, c.stage() == null ? "" : c.stage());
        values.put(SyncField.FIRST_NAME, text(c.firstName()));
        values.put(SyncField.LAST_NAME, text(c.lastName()));
        values.put(SyncField.COMPANY_NAME, text(c.companyName()));
        values.put(
                SyncField.BIRTH_DATE, c.birthDate() == null ? "" : c.birthDate().toString());
        values.put(SyncField.REGISTRATION_NUMBER, text(c.registrationNumber()));
        values.put(SyncField.SEGMENT, text(c.segment()));
        values.put(
                SyncField.SALES_REP,
                c.salesRepId() == null ? "" : c.salesRepId().toString());
        values.put(SyncField.RESELLER, text(c.resellerNumber()));
        List<String> emails = c.emails() == null ? List.of() : c.emails();
        values.put(SyncField.EMAIL, emails.isEmpty() ? "" : emails.get(0));
        values.put(SyncField.EMAIL_2, emails.size() < 2 ? "" : emails.get(1));
        List<String> phones = c.phones() == null ? List.of() : c.phones();
        values.put(SyncField.PHONE, phones.isEmpty() ? "" : phones.get(0));
        values.put(SyncField.PHONE_2, phones.size() < 2 ? "" : phones.get(1));
        CustomerRequest.AddressRequest address =
                c.addresses() == null || c.addresses().isEmpty()
                        ? null
                        : c.addresses().getFirst();
        values.put(SyncField.ADDRESS, address == null ? "" : text(address.line1()));
        values.put(SyncField.POSTAL_CODE, address == null ? "" : text(address.postalCode()));
        values.put(SyncField.CITY, address == null ? "" : text(address.city()));
        values.put(SyncField.COUNTRY, address == null ? "" : text(address.country()));
        values.put(SyncField.CONSENT_EMAIL, Boolean.toString(Boolean.TRUE.equals(c.consentEmail())));
        values.put(SyncField.CONSENT_SMS, Boolean.toString(Boolean.TRUE.equals(c.consentSms())));
        values.put(SyncField.CONSENT_PHONE, Boolean.toString(Boolean.TRUE.equals(c.consentPhone())));
        return new SyncRow(line, values, Map.of());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
