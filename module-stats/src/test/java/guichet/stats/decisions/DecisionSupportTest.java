package guichet.stats.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.figures.Fact;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import guichet.stats.SampleFigures;
import guichet.stats.rollup.Rollups;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Decision support on planted data: the cause planted to rise is named first, with its numbers; the customer planted
 * at risk (claims rising, satisfaction low, amount billed and purchases falling) comes first and his reasons name
 * those four, the weightiest first; the customer planted as the most profitable tops that list, and purchases rank
 * the customers billed nothing; the town planted to convert best comes first with the counts behind its rate (too few
 * facts and facts older than a year left out, withdrawn ones taken back); the flavour planted as most ordered in a
 * band comes first for that band.
 */
@GuichetTest
@Import(SampleFigures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionSupportTest {

    private static final UUID RISKY = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID CALM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID LOYAL = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID RICH = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    @Autowired
    TestTenants tenants;

    @Autowired
    Rollups rollups;

    @Autowired
    DecisionSupport decisions;

    private TenantProfile tenant;
    private Decisions found;

    @BeforeAll
    void plant() {
        tenant = tenants.create("dec", "stats");
        ZoneId zone = tenant.zoneId();
        Instant recent =
                LocalDate.now(zone).minusDays(3).atTime(12, 0).atZone(zone).toInstant();
        Instant before =
                LocalDate.now(zone).minusDays(40).atTime(12, 0).atZone(zone).toInstant();
        List<Fact> facts = new ArrayList<>();
        sample(facts, "red", null, before, 2);
        sample(facts, "red", null, recent, 12);
        sample(facts, "blue", null, before, 5);
        sample(facts, "blue", null, recent, 6);
        sample(facts, "green", null, before, 4);
        sample(facts, "green", null, recent, 1);
        sample(facts, "amber", RISKY, recent, 6);
        sample(facts, "amber", CALM, before, 3);
        sample(facts, "amber", CALM, recent, 3);
        // amber: 3 before, 9 recent (+6): second after red (+10), before blue (+1).
        facts.add(fact(SampleFigures.SCORE, RISKY, recent, 1));
        facts.add(fact(SampleFigures.SCORE, RISKY, before, 1));
        facts.add(fact(SampleFigures.SCORE, CALM, recent, 5));
        repeat(facts, SampleFigures.BOUGHT, RISKY, before, 5);
        repeat(facts, SampleFigures.BOUGHT, RISKY, recent, 1);
        repeat(facts, SampleFigures.BOUGHT, CALM, before, 2);
        repeat(facts, SampleFigures.BOUGHT, CALM, recent, 2);
        for (int i = 0; i < 20; i++) {
            facts.add(fact(SampleFigures.BOUGHT, LOYAL, recent.minus(Duration.ofDays(15L * i)), 1));
        }
        // Monthly amounts, counted on each month's last day: RISKY's fall by 80 % last month, CALM's stay, RICH is
        // billed most over the year, LOYAL is billed nothing.
        YearMonth last = YearMonth.now(zone).minusMonths(1);
        facts.add(fact(SampleFigures.BILLED, RISKY, endOf(last.minusMonths(1), zone), 200));
        facts.add(fact(SampleFigures.BILLED, RISKY, endOf(last, zone), 40));
        facts.add(fact(SampleFigures.BILLED, CALM, endOf(last.minusMonths(1), zone), 100));
        facts.add(fact(SampleFigures.BILLED, CALM, endOf(last, zone), 100));
        for (int m = 0; m < 11; m++) {
            facts.add(fact(SampleFigures.BILLED, RICH, endOf(last.minusMonths(m), zone), 900));
        }
        Instant months =
                LocalDate.now(zone).minusDays(200).atTime(12, 0).atZone(zone).toInstant();
        Instant longAgo =
                LocalDate.now(zone).minusDays(400).atTime(12, 0).atZone(zone).toInstant();
        // Converted this year: north 8 of 10, east 3 of 5 (converted later: their 0s withdrawn for 100s), south 1 of
        // 4; tiny 2 of 2 (too few to rank); south's 10 of 10 are older than a year.
        converts(facts, "north", months, 8, 2);
        converts(facts, "east", recent, 0, 5);
        for (int i = 0; i < 3; i++) {
            Fact registered = new Fact(SampleFigures.CONVERTS, recent, null, Map.of("town", "east"), 0);
            facts.add(registered.withdrawn());
            facts.add(new Fact(SampleFigures.CONVERTS, recent, null, Map.of("town", "east"), 100));
        }
        converts(facts, "south", recent, 1, 3);
        converts(facts, "tiny", recent, 2, 0);
        converts(facts, "south", longAgo, 10, 0);
        // Ordered this year: gold 9 (mint 5, lime 2, fig 1, plum 1), iron 4 (lime 3, mint 1); iron's 20 plums are
        // older than a year.
        ordered(facts, "gold", "mint", months, 5);
        ordered(facts, "gold", "lime", recent, 2);
        ordered(facts, "gold", "plum", recent, 1);
        ordered(facts, "gold", "fig", recent, 1);
        ordered(facts, "iron", "lime", recent, 3);
        ordered(facts, "iron", "mint", recent, 1);
        ordered(facts, "iron", "plum", longAgo, 20);
        SampleFigures.hold(tenant.slug(), facts);
        found = TenantContext.call(tenant.id(), () -> {
            rollups.rebuild();
            return decisions.decide(LocalDate.now(zone), new CustomerAccess.Everyone(), Locale.FRENCH);
        });
    }

    @Test
    void theCausePlantedToRiseIsNamedFirstWithItsNumbers() {
        Decisions.Cause first = found.causes().getFirst();
        assertThat(first.name()).isEqualTo("«red»");
        assertThat(first.recent()).isEqualTo(12);
        assertThat(first.before()).isEqualTo(2);
        assertThat(first.risePercent()).isEqualTo(500);
        assertThat(first.drill()).startsWith("/samples?colour=red&from=");
        assertThat(found.causes().get(1).name()).isEqualTo("«amber»");
        assertThat(found.causes()).extracting(Decisions.Cause::name).doesNotContain("«green»");
    }

    @Test
    void theCustomerPlantedAtRiskComesFirstAndHisReasonsNameTheFactors() {
        Decisions.Customer first = found.atRisk().getFirst();
        assertThat(first.id()).isEqualTo(RISKY.toString());
        assertThat(first.score()).isEqualTo(2 * 6 + 8 + 8 + 4);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL uuuu", Locale.FRENCH);
        YearMonth last = YearMonth.now(tenant.zoneId()).minusMonths(1);
        assertThat(first.reasons())
                .containsExactly(
                        "Statistiques et tableaux de bord : 6 ces 30 derniers jours contre 0 auparavant",
                        "Prospects : 1 en moyenne",
                        "Total : 40 en " + month.format(last) + " contre 200 en " + month.format(last.minusMonths(1))
                                + " (−80 %)",
                        "Produits et services en vente : 1 ces 30 derniers jours contre 5 auparavant");
        assertThat(found.atRisk()).extracting(Decisions.Customer::id).doesNotContain(CALM.toString());
    }

    @Test
    void theMostProfitableCustomerPlantedTopsItsListAndPurchasesRankThoseBilledNothing() {
        assertThat(found.best())
                .extracting(Decisions.Customer::id)
                .containsExactly(RICH.toString(), RISKY.toString(), CALM.toString(), LOYAL.toString());
        assertThat(found.best().getFirst().reasons()).containsExactly("Total : 9\u202f900 sur les douze derniers mois");
        assertThat(found.best().get(1).reasons())
                .containsExactly(
                        "Total : 240 sur les douze derniers mois",
                        "Produits et services en vente : 6 sur les douze derniers mois");
        assertThat(found.best().getLast().reasons())
                .containsExactly("Produits et services en vente : 20 sur les douze derniers mois");
    }

    @Test
    void theTownPlantedToConvertBestComesFirstWithTheCountsBehindItsRate() {
        assertThat(found.rates())
                .extracting(
                        Decisions.Rate::name, Decisions.Rate::succeeded, Decisions.Rate::count, Decisions.Rate::rounded)
                .containsExactly(
                        tuple("«north»", 8L, 10L, 80L), tuple("«east»", 3L, 5L, 60L), tuple("«south»", 1L, 4L, 25L));
        assertThat(found.rates().getFirst().dimension()).isEqualTo("Statistiques");
        assertThat(found.rates().getFirst().drill()).startsWith("/samples?town=north&from=");
    }

    @Test
    void theFlavourPlantedAsMostOrderedInABandComesFirstForThatBand() {
        assertThat(found.mostCounted())
                .extracting(Decisions.Group::name, Decisions.Group::count)
                .containsExactly(tuple("«gold»", 9L), tuple("«iron»", 4L));
        assertThat(found.mostCounted().getFirst().lines())
                .extracting(Decisions.Line::name, Decisions.Line::count)
                .containsExactly(tuple("«mint»", 5L), tuple("«lime»", 2L), tuple("«fig»", 1L));
        assertThat(found.mostCounted().get(1).lines())
                .extracting(Decisions.Line::name, Decisions.Line::count)
                .containsExactly(tuple("«lime»", 3L), tuple("«mint»", 1L));
        assertThat(found.mostCounted().getFirst().lines().getFirst().drill())
                .startsWith("/samples?band-flavour=gold|mint&from=");
    }

    private static void converts(List<Fact> facts, String town, Instant at, int converted, int not) {
        for (int i = 0; i < converted + not; i++) {
            facts.add(new Fact(SampleFigures.CONVERTS, at, null, Map.of("town", town), i < converted ? 100 : 0));
        }
    }

    private static void ordered(List<Fact> facts, String band, String flavour, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            facts.add(new Fact(
                    SampleFigures.ORDERED,
                    at,
                    null,
                    Map.of("band", band, "flavour", flavour, "band-flavour", band + "|" + flavour),
                    1));
        }
    }

    private static void sample(List<Fact> facts, String colour, UUID customer, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            facts.add(new Fact(
                    SampleFigures.SAMPLES,
                    at,
                    customer,
                    customer == null
                            ? Map.of("colour", colour)
                            : Map.of("colour", colour, "customer", customer.toString()),
                    1));
        }
    }

    private static void repeat(List<Fact> facts, String measure, UUID customer, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            facts.add(fact(measure, customer, at, 1));
        }
    }

    private static Instant endOf(YearMonth month, ZoneId zone) {
        return month.atEndOfMonth().atTime(12, 0).atZone(zone).toInstant();
    }

    private static Fact fact(String measure, UUID customer, Instant at, long value) {
        return new Fact(measure, at, customer, Map.of("customer", customer.toString()), value);
    }
}
