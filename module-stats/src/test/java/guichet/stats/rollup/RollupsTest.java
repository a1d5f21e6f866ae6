package guichet.stats.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.figures.Fact;
import guichet.platform.figures.FactsRecorded;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import guichet.stats.SampleFigures;
import guichet.stats.dashboard.Dashboard;
import guichet.stats.dashboard.Figure;
import guichet.stats.dashboard.Period;
import guichet.stats.dashboard.Range;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollups count what a direct count of the facts gives, whichever way the facts arrived (a rebuild from the
 * module's records, or recorded with their change and drained), for any range and period; a change's facts are
 * counted once drained, and the lag until then is measured.
 */
@GuichetTest
@Import(SampleFigures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupsTest {

    private static final List<String> COLOURS = List.of("red", "green", "blue", "amber", "grey");
    private static final List<String> SHAPES = List.of("round", "square", "star");
    private static final Locale FRENCH = Locale.FRENCH;

    @Autowired
    TestTenants tenants;

    @Autowired
    Rollups rollups;

    @Autowired
    RollupDrain drain;

    @Autowired
    Dashboard dashboard;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MeterRegistry meters;

    private TenantProfile tenant;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("rol", "stats");
    }

    /**
     * A property over random data sets (the seed names each, so a failure can be replayed): every figure's cells and
     * totals equal a direct count of the facts, over a random range cut into each kind of period, whether rebuilt or
     * drained, and once some facts are withdrawn, a direct count of those that remain.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void rollupsEqualADirectCountOfTheFacts(long seed) {
        Random random = new Random(seed);
        Instant now = Instant.now();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0, n = 50 + random.nextInt(250); i < n; i++) {
            Map<String, String> members = new HashMap<>();
            if (random.nextInt(10) > 0) {
                members.put("colour", COLOURS.get(random.nextInt(COLOURS.size())));
            }
            if (random.nextBoolean()) {
                members.put("shape", SHAPES.get(random.nextInt(SHAPES.size())));
            }
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(400 * 24 * 60)));
            boolean wait = random.nextInt(4) == 0;
            facts.add(new Fact(
                    wait ? SampleFigures.WAIT : SampleFigures.SAMPLES,
                    at,
                    null,
                    members,
                    wait ? random.nextInt(100_000) : 1));
        }
        ZoneId zone = tenant.zoneId();
        LocalDate today = LocalDate.now(zone);

        SampleFigures.hold(tenant.slug(), facts);
        in(() -> rollups.rebuild());
        checkAgainst(facts, random, today, zone);

        SampleFigures.hold(tenant.slug(), List.of());
        in(() -> rollups.rebuild());
        for (int from = 0; from < facts.size(); from += 37) {
            List<Fact> change = facts.subList(from, Math.min(from + 37, facts.size()));
            in(() -> transactions.execute(status -> {
                events.publishEvent(new FactsRecorded(tenant.id(), change));
                return null;
            }));
        }
        // Some records replaced or deleted since: their facts withdrawn, in a change of their own.
        List<Fact> withdrawn = new ArrayList<>();
        List<Fact> remaining = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            (random.nextInt(8) == 0 ? withdrawn : remaining).add(facts.get(i));
        }
        in(() -> transactions.execute(status -> {
            events.publishEvent(new FactsRecorded(
                    tenant.id(), withdrawn.stream().map(Fact::withdrawn).toList()));
            return null;
        }));
        assertThat(in(() -> rollups.drain())).isEqualTo(facts.size() + withdrawn.size());
        checkAgainst(remaining, random, today, zone);
    }

    @Test
    void aChangesFactsAreCountedOnceDrainedAndTheLagIsMeasuredUntilThen() {
        TenantProfile lagging = tenants.create("lag", "stats");
        SampleFigures.hold(lagging.slug(), List.of());
        Range today = new Range(LocalDate.now(lagging.zoneId()), LocalDate.now(lagging.zoneId()), Period.DAY);
        TenantContext.call(lagging.id(), () -> rollups.rebuild());

        TenantContext.call(
                lagging.id(),
                () -> transactions.execute(status -> {
                    events.publishEvent(new FactsRecorded(
                            lagging.id(),
                            List.of(new Fact(SampleFigures.SAMPLES, Instant.now(), null, Map.of("colour", "red"), 1))));
                    return null;
                }));
        assertThat(count(lagging, today)).isZero();
        assertThat(TenantContext.call(lagging.id(), () -> rollups.lag())).isPositive();

        drain.everyFewSeconds();

        assertThat(count(lagging, today)).isEqualTo(1);
        assertThat(TenantContext.call(lagging.id(), () -> rollups.lag())).isZero();
        assertThat(meters.get("guichet.stats.lag")
                        .tag("tenant", lagging.slug())
                        .gauge()
                        .value())
                .isZero();
    }

    @Test
    void aRolledBackChangeLeavesNoFact() {
        TenantProfile undone = tenants.create("und", "stats");
        SampleFigures.hold(undone.slug(), List.of());
        TenantContext.call(
                undone.id(),
                () -> transactions.execute(status -> {
                    events.publishEvent(new FactsRecorded(
                            undone.id(), List.of(new Fact(SampleFigures.SAMPLES, Instant.now(), null, Map.of(), 1))));
                    status.setRollbackOnly();
                    return null;
                }));
        assertThat(TenantContext.call(undone.id(), () -> rollups.drain())).isZero();
    }

    private long count(TenantProfile of, Range range) {
        return TenantContext.call(
                        of.id(),
                        () -> dashboard
                                .figure(SampleFigures.SAMPLES, null, range, new CustomerAccess.Everyone(), FRENCH)
                                .orElseThrow())
                .total()
                .total()
                .count();
    }

    private void checkAgainst(List<Fact> facts, Random random, LocalDate today, ZoneId zone) {
        for (Period period : Period.values()) {
            LocalDate to = today.minusDays(random.nextInt(30));
            LocalDate from = to.minusDays(period == Period.DAY ? random.nextInt(100) : random.nextInt(420));
            Range range = new Range(from, to, period);
            for (String measure : List.of(SampleFigures.SAMPLES, SampleFigures.WAIT)) {
                for (String dimension : measure.equals(SampleFigures.WAIT)
                        ? new String[] {null, "colour"}
                        : new String[] {null, "colour", "shape"}) {
                    Figure figure = in(() ->
                                    dashboard.figure(measure, dimension, range, new CustomerAccess.Everyone(), FRENCH))
                            .orElseThrow();
                    check(figure, facts, measure, dimension, range, zone);
                }
            }
        }
    }

    private static void check(
            Figure figure, List<Fact> facts, String measure, @Nullable String dimension, Range range, ZoneId zone) {
        Map<String, long[]> expected = new HashMap<>();
        long[] all = new long[2];
        for (Fact fact : facts) {
            LocalDate day = LocalDate.ofInstant(fact.at(), zone);
            if (!fact.measure().equals(measure) || day.isBefore(range.from()) || day.isAfter(range.to())) {
                continue;
            }
            String member = dimension == null ? "" : fact.members().get(dimension);
            if (member == null) {
                continue;
            }
            long[] cell = expected.computeIfAbsent(member + "@" + range.period().start(day), k -> new long[2]);
            cell[0]++;
            cell[1] += fact.value();
            all[0]++;
            all[1] += fact.value();
        }
        assertThat(figure.total().total().count())
                .as("%s by %s over %s", measure, dimension, range)
                .isEqualTo(all[0]);
        assertThat(figure.total().total().total()).isEqualTo(all[1]);
        long seen = 0;
        List<Long> waits = new ArrayList<>();
        for (Fact fact : facts) {
            LocalDate day = LocalDate.ofInstant(fact.at(), zone);
            if (fact.measure().equals(measure) && !day.isBefore(range.from()) && !day.isAfter(range.to())) {
                waits.add(fact.value());
            }
        }
        waits.sort(null);
        for (Figure.Row row : figure.rows()) {
            if (row.member().startsWith("_")) {
                // A percentile of the durations over the range, read from the histogram: within 10 % of the true one.
                if (waits.isEmpty()) {
                    assertThat(row.total().count()).isZero();
                    continue;
                }
                double p = row.member().equals("_median") ? 0.5 : 0.9;
                long truth = waits.get((int) Math.max(0, Math.ceil(p * waits.size()) - 1));
                double read = row.total().total();
                assertThat(read)
                        .as("%s of %s over %s", row.member(), measure, range)
                        .isCloseTo(Math.max(truth, 1), org.assertj.core.data.Percentage.withPercentage(10));
                continue;
            }
            for (int i = 0; i < figure.slots().size(); i++) {
                long[] cell = expected.getOrDefault(
                        row.member() + "@" + figure.slots().get(i).key(), new long[2]);
                assertThat(row.cells().get(i).count())
                        .as(
                                "%s by %s, %s in %s",
                                measure, dimension, row.member(), figure.slots().get(i))
                        .isEqualTo(cell[0]);
                assertThat(row.cells().get(i).total()).isEqualTo(cell[1]);
                seen += cell[0];
            }
        }
        assertThat(seen).isEqualTo(all[0]);
    }

    private <T> T in(java.util.function.Supplier<T> work) {
        return TenantContext.call(tenant.id(), work);
    }
}
