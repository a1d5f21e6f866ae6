package guichet.stats.decisions;

import static org.assertj.core.api.Assertions.assertThat;

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
 * the customers billed nothing.
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
