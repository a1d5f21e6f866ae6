package guichet.stats.rollup;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.figures.Fact;
import guichet.platform.figures.FactsRecorded;
import guichet.platform.figures.FigureSource;
import guichet.platform.tenancy.CurrentTenant;
import guichet.stats.StatsModule;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's rollups: facts are kept as they are recorded (in the transaction of the change), folded into
 * daily aggregates by {@link #drain()}, and rebuilt from the modules' own records by {@link #rebuild()}. Each fact adds
 * to one row for the measure's total and one per dimension member it carries, under its customer's sales
 * representative as the fold finds him, so a representative's figures are read from his rows alone.
 */
@Component
public class Rollups {

    /** The rows of facts whose customer has no sales representative, or no customer. */
    public static final UUID NO_REP = new UUID(0, 0);

    /** The facts folded in one statement batch. */
    private static final int BATCH = 5_000;

    private final EntityManager entities;
    private final CurrentTenant tenant;
    private final Customers customers;
    private final Sources sources;
    private final Clock clock;

    Rollups(EntityManager entities, CurrentTenant tenant, Customers customers, Sources sources, Clock clock) {
        this.entities = entities;
        this.tenant = tenant;
        this.customers = customers;
        this.sources = sources;
        this.clock = clock;
    }

    /** Keeps a module's facts in the transaction that recorded them, for tenants that bought the statistics. */
    @EventListener
    @Transactional
    public void keep(FactsRecorded recorded) {
        if (recorded.facts().isEmpty() || !tenant.profile().hasModule(StatsModule.ID)) {
            return;
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into sta_pending_fact (measure, at, customer_id, members, value, count)"
                            + " values (?, ?, ?, ?, ?, ?)")) {
                for (Fact fact : recorded.facts()) {
                    insert.setString(1, fact.measure());
                    insert.setTimestamp(2, Timestamp.from(fact.at()));
                    insert.setObject(3, fact.customer());
                    insert.setArray(4, connection.createArrayOf("text", pairs(fact)));
                    insert.setLong(5, fact.value());
                    insert.setInt(6, fact.count());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * Folds the kept facts into the rollups, oldest first, a batch at a time; facts another instance is folding are
     * skipped, not waited for.
     *
     * @return how many facts it folded
     */
    @Transactional
    public int drain() {
        int folded = 0;
        while (true) {
            List<Fact> facts = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            work(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "select id, measure, at, customer_id, members, value, count from sta_pending_fact order by id"
                                + " limit " + BATCH + " for update skip locked")) {
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                            facts.add(new Fact(
                                    rows.getString(2),
                                    rows.getTimestamp(3).toInstant(),
                                    rows.getObject(4, UUID.class),
                                    members((String[]) rows.getArray(5).getArray()),
                                    rows.getLong(6),
                                    rows.getInt(7)));
                        }
                    }
                }
                if (!ids.isEmpty()) {
                    try (PreparedStatement delete =
                            connection.prepareStatement("delete from sta_pending_fact where id = any(?)")) {
                        delete.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                        delete.executeUpdate();
                    }
                }
                return null;
            });
            if (facts.isEmpty()) {
                return folded;
            }
            fold(facts);
            folded += facts.size();
            if (facts.size() < BATCH) {
                return folded;
            }
        }
    }

    /**
     * Empties the rollups and folds again every fact the bought modules' records hold today: after the statistics are
     * bought, or to count anew what the drain counted under a sales representative who no longer follows the
     * customer.
     *
     * @return how many facts it folded
     */
    @Transactional
    public int rebuild() {
        work(connection -> {
            try (PreparedStatement empty = connection.prepareStatement("truncate sta_rollup, sta_pending_fact")) {
                empty.executeUpdate();
            }
            return null;
        });
        List<Fact> batch = new ArrayList<>(BATCH);
        int[] folded = {0};
        for (FigureSource source : sources.bought()) {
            source.replay(fact -> {
                batch.add(fact);
                if (batch.size() == BATCH) {
                    fold(batch);
                    folded[0] += batch.size();
                    batch.clear();
                }
            });
        }
        fold(batch);
        return folded[0] + batch.size();
    }

    /** How long the oldest fact not yet folded has waited; zero when every fact is folded. */
    @Transactional(readOnly = true)
    public Duration lag() {
        Instant oldest = work(connection -> {
            try (PreparedStatement select =
                            connection.prepareStatement("select min(recorded_at) from sta_pending_fact");
                    ResultSet row = select.executeQuery()) {
                row.next();
                Timestamp at = row.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        });
        return oldest == null
                ? Duration.ZERO
                : Duration.between(oldest, clock.instant()).abs();
    }

    private void fold(List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        Map<UUID, UUID> reps = reps(facts);
        ZoneId zone = tenant.zoneId();
        Set<String> durations = sources.durations();
        Map<Key, long[]> sums = new HashMap<>();
        for (Fact fact : facts) {
            LocalDate day = LocalDate.ofInstant(fact.at(), zone);
            UUID rep = fact.customer() == null ? NO_REP : reps.getOrDefault(fact.customer(), NO_REP);
            add(sums, new Key(day, fact.measure(), "", "", rep), fact);
            fact.members()
                    .forEach((dimension, member) ->
                            add(sums, new Key(day, fact.measure(), dimension, member, rep), fact));
            if (durations.contains(fact.measure())) {
                // A withdrawn duration leaves the bucket its fact went into.
                add(
                        sums,
                        new Key(
                                day,
                                fact.measure(),
                                Histogram.DIMENSION,
                                Histogram.bucket(Math.abs(fact.value())),
                                rep),
                        fact);
            }
        }
        work(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "insert into sta_rollup (day, measure, dimension, member, rep, count, total)"
                            + " values (?, ?, ?, ?, ?, ?, ?) on conflict (measure, dimension, day, member, rep)"
                            + " do update set count = sta_rollup.count + excluded.count,"
                            + " total = sta_rollup.total + excluded.total")) {
                for (Map.Entry<Key, long[]> sum : sums.entrySet()) {
                    Key key = sum.getKey();
                    upsert.setObject(1, key.day());
                    upsert.setString(2, key.measure());
                    upsert.setString(3, key.dimension());
                    upsert.setString(4, key.member());
                    upsert.setObject(5, key.rep());
                    upsert.setLong(6, sum.getValue()[0]);
                    upsert.setLong(7, sum.getValue()[1]);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    private Map<UUID, UUID> reps(List<Fact> facts) {
        Set<UUID> ids = new HashSet<>();
        facts.forEach(fact -> {
            if (fact.customer() != null) {
                ids.add(fact.customer());
            }
        });
        Map<UUID, UUID> reps = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Customer customer : customers.findAllById(ids)) {
                customer.salesRep().ifPresent(rep -> reps.put(customer.id().value(), rep.value()));
            }
        }
        return reps;
    }

    private static void add(Map<Key, long[]> sums, Key key, Fact fact) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += fact.count();
        sum[1] += fact.value();
    }

    private static String[] pairs(Fact fact) {
        return fact.members().entrySet().stream()
                .map(member -> member.getKey() + "=" + member.getValue())
                .toArray(String[]::new);
    }

    private static Map<String, String> members(String[] pairs) {
        Map<String, String> members = new HashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            members.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return members;
    }

    private <T> T work(Work<T> work) {
        return entities.unwrap(Session.class).doReturningWork(work::run);
    }

    /** Plain JDBC on the session's connection, bound to the tenant's schema. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private record Key(LocalDate day, String measure, String dimension, String member, UUID rep) {}
}
