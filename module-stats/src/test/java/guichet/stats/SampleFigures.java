package guichet.stats;

import guichet.platform.figures.Chart;
import guichet.platform.figures.Fact;
import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.platform.figures.Measure.Direction;
import guichet.platform.tenancy.CurrentTenant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A module's figures as the statistics' tests need them: a count of samples by colour and shape, a mean wait by
 * colour, a score, purchases and an amount billed by customer, a rate (converted) by town, orders by band, flavour and
 * flavour within band, contributed under the statistics module's own id (so every tenant with the statistics has them), their
 * facts held per tenant slug in memory as a module holds them in its tables.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SampleFigures {

    public static final String SAMPLES = "stats.samples";
    public static final String WAIT = "stats.wait";
    public static final String SCORE = "stats.score";
    public static final String BOUGHT = "stats.bought";
    public static final String BILLED = "stats.billed";
    public static final String CONVERTS = "stats.converts";
    public static final String ORDERED = "stats.ordered";

    /** The facts each tenant's records hold, by slug. */
    public static final Map<String, List<Fact>> FACTS = new ConcurrentHashMap<>();

    @Bean
    FigureSource sampleFigures(CurrentTenant tenant) {
        return new FigureSource() {

            @Override
            public String module() {
                return StatsModule.ID;
            }

            @Override
            public List<Measure> measures() {
                Dimension customer = new Dimension(Dimension.CUSTOMER, "stats.figure.customers");
                Dimension band = new Dimension("band", "stats.nav");
                Dimension flavour = new Dimension("flavour", "stats.nav", true);
                return List.of(
                        new Measure(
                                SAMPLES,
                                "stats.title",
                                Aggregate.COUNT,
                                Direction.LOWER_IS_BETTER,
                                List.of(
                                        new Dimension("colour", "stats.nav", true),
                                        new Dimension("shape", "stats.nav", true),
                                        customer)),
                        new Measure(
                                WAIT,
                                "stats.title",
                                Aggregate.MEAN_DURATION,
                                List.of(new Dimension("colour", "stats.nav"))),
                        new Measure(
                                SCORE,
                                "stats.figure.prospects",
                                Aggregate.MEAN_SCORE,
                                Direction.HIGHER_IS_BETTER,
                                List.of(customer)),
                        new Measure(
                                BOUGHT,
                                "stats.figure.productsOnSale",
                                Aggregate.COUNT,
                                Direction.HIGHER_IS_BETTER,
                                List.of(customer)),
                        new Measure(
                                BILLED, "stats.total", Aggregate.SUM, Direction.HIGHER_IS_BETTER, List.of(customer)),
                        new Measure(
                                CONVERTS,
                                "stats.figure.prospects",
                                Aggregate.RATE,
                                Direction.HIGHER_IS_BETTER,
                                List.of(new Dimension("town", "stats.nav"))),
                        new Measure(
                                ORDERED,
                                "stats.figure.productsOnSale",
                                Aggregate.COUNT,
                                Direction.HIGHER_IS_BETTER,
                                List.of(
                                        band,
                                        flavour,
                                        Dimension.crossing("band-flavour", "stats.nav", band, flavour))));
            }

            @Override
            public List<Chart> charts() {
                return List.of(Chart.overTime(SAMPLES), Chart.by(SAMPLES, "colour"), Chart.by(WAIT, "colour"));
            }

            @Override
            public void replay(Consumer<Fact> sink) {
                FACTS.getOrDefault(tenant.profile().slug(), List.of()).forEach(sink);
            }

            @Override
            public Map<String, String> names(String dimension, Collection<String> members, Locale language) {
                return members.stream().collect(Collectors.toMap(Function.identity(), member -> "«" + member + "»"));
            }

            @Override
            public Optional<String> drill(
                    String measure, String dimension, Optional<String> member, LocalDate from, LocalDate to) {
                return Optional.of("/samples?" + dimension + "=" + member.orElse("") + "&from=" + from + "&to=" + to);
            }
        };
    }

    /** Sets a tenant's facts. */
    public static void hold(String slug, List<Fact> facts) {
        FACTS.put(slug, new CopyOnWriteArrayList<>(facts));
    }
}
