package guichet.customers.sync;

import guichet.customers.consumption.ConsumptionLedger;
import guichet.customers.consumption.MonthlyUsage;
import guichet.customers.directory.CustomerDetails;
import guichet.customers.tables.RowProblem;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.customers.PostalAddress;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies rows another system sends (a file's or the API's) to the customer base, matched by external reference: a row
 * whose reference is unknown creates a customer, a known one is updated with the fields the row carries, and a row that
 * changes nothing is left alone, so sending the same rows twice changes nothing the second time. Every row is checked
 * before anything is written; with any bad row, nothing is.
 */
@Service
public class CustomerSync {

    /** What the rows would do, or did, and what is wrong with them. */
    public record Outcome(int rows, int created, int updated, int unchanged, List<RowProblem> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /**
     * A row checked: the customer it concerns (null: a new one), his details after it, and the external reference of
     * his reseller when that reseller is created by another row of the same rows (linked once both exist).
     */
    private record Planned(
            SyncRow row,
            @Nullable Customer existing,
            CustomerDetails details,
            Customer.Stage stage,
            @Nullable String resellerInRows,
            @Nullable MonthlyUsage usage,
            @Nullable MonthlyUsage kept) {

        boolean changes() {
            return existing == null
                    || resellerInRows != null
                    || !CustomerDetails.of(existing).equals(details)
                    || existing.stage() != stage
                    || usageChanges();
        }

        /** Whether the row brings a month of usage other than the one kept. */
        boolean usageChanges() {
            return usage != null && (kept == null || !kept.usage().equals(usage.usage()));
        }
    }

    private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "true", "vrai", "1", "x");
    private static final Set<String> NO = Set.of("non", "n", "no", "false", "faux", "0");
    private static final int PROGRESS_EVERY = 50;

    /** Who a month of usage is about until the row's new customer exists. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final Customers customers;
    private final Users users;
    private final InteractionLog history;
    private final ConsumptionLedger consumption;
    private final Clock clock;

    CustomerSync(Customers customers, Users users, InteractionLog history, ConsumptionLedger consumption, Clock clock) {
        this.customers = customers;
        this.users = users;
        this.history = history;
        this.consumption = consumption;
        this.clock = clock;
    }

    /** What the rows would do, without writing anything. */
    @Transactional(readOnly = true)
    public Outcome check(List<SyncRow> rows, ZoneId zone) {
        List<RowProblem> problems = new ArrayList<>();
        List<Planned> planned = plan(rows, zone, problems);
        if (!problems.isEmpty()) {
            return new Outcome(rows.size(), 0, 0, 0, problems);
        }
        int created = (int) planned.stream().filter(p -> p.existing() == null).count();
        int changed = (int) planned.stream()
                .filter(p -> p.existing() != null && p.changes())
                .count();
        return new Outcome(rows.size(), created, changed, rows.size() - created - changed, List.of());
    }

    /**
     * Checks every row and, if all are good, applies them in this one transaction.
     *
     * @param actor who asked, for the history
     * @param progress told how many rows are done, now and then
     */
    @Transactional
    public Outcome apply(List<SyncRow> rows, ZoneId zone, String actor, IntConsumer progress) {
        List<RowProblem> problems = new ArrayList<>();
        List<Planned> planned = plan(rows, zone, problems);
        if (!problems.isEmpty()) {
            return new Outcome(rows.size(), 0, 0, 0, problems);
        }
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int done = 0;
        Map<String, Customer> byRef = new HashMap<>();
        for (Planned plan : planned) {
            Customer customer = plan.existing();
            if (customer == null) {
                customer = plan.details().kind() == Customer.Kind.LEGAL_PERSON
                        ? Customer.company(
                                customers.nextNumber(),
                                plan.stage(),
                                plan.details().companyName(),
                                now)
                        : Customer.person(
                                customers.nextNumber(),
                                plan.stage(),
                                plan.details().firstName(),
                                plan.details().lastName(),
                                now);
                plan.details().applyTo(customer, now);
                customers.save(customer);
                history.recordFor(
                        actor,
                        "CUSTOMER_IMPORTED",
                        "customer",
                        customer.id().toString(),
                        plan.details().externalRef());
                created++;
            } else if (plan.changes()) {
                plan.details().applyTo(customer, now);
                if (plan.stage() == Customer.Stage.CUSTOMER) {
                    customer.convert(now);
                }
                history.recordFor(
                        actor,
                        "CUSTOMER_IMPORTED",
                        "customer",
                        customer.id().toString(),
                        plan.details().externalRef());
                updated++;
            }
            if (plan.usageChanges()) {
                MonthlyUsage usage = plan.usage();
                consumption.keep(
                        new MonthlyUsage(
                                customer.id().value(),
                                usage.month(),
                                usage.usage(),
                                plan.details().segment()),
                        plan.kept());
            }
            byRef.put(plan.details().externalRef(), customer);
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept(done);
            }
        }
        for (Planned plan : planned) {
            if (plan.resellerInRows() != null) {
                customers.save(byRef.get(plan.details().externalRef())
                        .dependOn(byRef.get(plan.resellerInRows()).id(), now));
            }
        }
        progress.accept(done);
        return new Outcome(rows.size(), created, updated, rows.size() - created - updated, List.of());
    }

    private List<Planned> plan(List<SyncRow> rows, ZoneId zone, List<RowProblem> problems) {
        Set<String> refs = valuesOf(rows, SyncField.EXTERNAL_REF);
        Map<String, Customer> known = new HashMap<>();
        for (List<String> batch : batches(new ArrayList<>(refs))) {
            customers
                    .findByExternalRefIn(batch)
                    .forEach(c -> known.put(c.externalRef().orElseThrow(), c));
        }
        Map<String, UserId> reps = new HashMap<>();
        users.findByKind(User.Kind.STAFF).stream()
                .filter(u -> u.active() && u.roleIds().contains(Role.SALES_REP.id()))
                .forEach(u -> {
                    reps.put(u.email().toLowerCase(Locale.ROOT), u.id());
                    reps.put(u.id().toString(), u.id());
                });
        Map<String, CustomerId> resellers = resellers(rows);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, MonthlyUsage> kept = consumption.kept(
                known.values().stream().map(c -> c.id().value()).toList(),
                rows.stream()
                        .map(row -> row.get(SyncField.MONTH))
                        .filter(Objects::nonNull)
                        .map(UsageRows::parse)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
        Set<String> seen = new HashSet<>();
        List<Planned> planned = new ArrayList<>();
        for (SyncRow row : rows) {
            int before = problems.size();
            String ref = row.get(SyncField.EXTERNAL_REF);
            if (ref == null) {
                problem(problems, row, SyncField.EXTERNAL_REF, "customers.sync.error.ref.required");
                continue;
            }
            if (!seen.add(ref)) {
                problem(problems, row, SyncField.EXTERNAL_REF, "customers.import.error.duplicate");
                continue;
            }
            Customer existing = known.get(ref);
            if (existing != null && (existing.isMerged() || existing.isAnonymised())) {
                problem(problems, row, SyncField.EXTERNAL_REF, "customers.error.closed");
                continue;
            }
            if (existing == null && UsageRows.carries(row) && !UsageRows.names(row)) {
                problem(problems, row, SyncField.EXTERNAL_REF, "customers.sync.error.usage.unknown");
                continue;
            }
            CustomerId current = existing == null ? null : existing.reseller().orElse(null);
            CustomerId reseller = current;
            String resellerInRows = null;
            if (row.has(SyncField.RESELLER)) {
                String named = row.get(SyncField.RESELLER);
                reseller = named == null ? null : resellers.get(named);
                if (named != null && reseller == null) {
                    if (refs.contains(named)) {
                        resellerInRows = named;
                        reseller = current;
                    } else {
                        problem(problems, row, SyncField.RESELLER, "customers.sync.error.reseller");
                    }
                }
                if (named != null
                        && (named.equals(ref)
                                || (existing != null && existing.id().equals(reseller)))) {
                    problem(problems, row, SyncField.RESELLER, "customers.sync.error.reseller.self");
                }
            }
            CustomerDetails details = SyncRows.details(row, existing, reps, reseller, problems);
            Customer.Stage stage = SyncRows.stage(row, existing, problems);
            details.problems(today).forEach((field, key) -> problem(problems, row, SyncRows.fieldOf(field), key));
            MonthlyUsage usage = null;
            MonthlyUsage keptUsage = null;
            if (UsageRows.carries(row)) {
                YearMonth month = UsageRows.month(row, today, problems);
                if (month != null) {
                    UUID customer = existing == null ? NOBODY : existing.id().value();
                    keptUsage = kept.get(ConsumptionLedger.key(customer, month));
                    usage = UsageRows.usage(row, customer, month, keptUsage, details.segment(), problems);
                }
            }
            if (problems.size() == before) {
                planned.add(new Planned(row, existing, details, stage, resellerInRows, usage, keptUsage));
            }
        }
        return planned;
    }

    /**
     * The customers the rows name as resellers that exist already, by the value given: a customer number, or else an
     * external reference. Merged and anonymised customers are no one's reseller.
     */
    private Map<String, CustomerId> resellers(List<SyncRow> rows) {
        List<String> values = new ArrayList<>(valuesOf(rows, SyncField.RESELLER));
        Map<String, Customer> found = new HashMap<>();
        for (List<String> batch : batches(values)) {
            customers.findByNumberIn(batch).forEach(c -> found.put(c.number().value(), c));
        }
        List<String> notNumbers =
                values.stream().filter(v -> !found.containsKey(v)).toList();
        for (List<String> batch : batches(notNumbers)) {
            customers
                    .findByExternalRefIn(batch)
                    .forEach(c -> found.put(c.externalRef().orElseThrow(), c));
        }
        Map<String, CustomerId> resellers = new HashMap<>();
        found.forEach((value, customer) -> {
            if (!customer.isMerged() && !customer.isAnonymised()) {
                resellers.put(value, customer.id());
            }
        });
        return resellers;
    }

    /** The values the rows give a field, each once, in order. */
    private static Set<String> valuesOf(List<SyncRow> rows, SyncField field) {
        Set<String> values = new LinkedHashSet<>();
        for (SyncRow row : rows) {
            String value = row.get(field);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static void problem(List<RowProblem> problems, SyncRow row, SyncField field, String key) {
        problems.add(new RowProblem(row.line(), row.column(field), key, row.raw(field)));
    }

    static boolean yes(String value) {
        return YES.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    static boolean no(String value) {
        return NO.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    static PostalAddress address(
            String line1, @Nullable String postalCode, @Nullable String city, @Nullable String country) {
        return new PostalAddress(null, line1, null, postalCode, city, null, country);
    }

    private static List<List<String>> batches(List<String> all) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1_000) {
            batches.add(all.subList(i, Math.min(all.size(), i + 1_000)));
        }
        return batches;
    }
}
