package guichet.stats.decisions;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.platform.figures.Measure.Direction;
import guichet.stats.rollup.Sources;
import jakarta.persistence.EntityManager;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision support from the rollups, in one statement, within the viewer's customers: the causes whose claims rise
 * (the last {@value #WINDOW} days against the {@value #WINDOW} before, by every dimension its module calls a cause),
 * the customers at risk of leaving (a transparent score: their claims rising, their satisfaction low, their purchases
 * or their consumption falling, each reason with its points), the most profitable customers over the last year
 * (amounts billed, then purchases), and, through {@link Leaders}, where the rates to raise are highest (prospection
 * converting, by segment and zone) and what each member of a crossed dimension counts most (products by segment).
 * Every list is ranked, and every line says why with its numbers.
 */
@Service
public class DecisionSupport {

    /** The days of each window compared. */
    public static final int WINDOW = 30;

    /** The lines of each list. */
    static final int MOST = 10;

    /** The fewest facts behind a rate for its member to be ranked (prospects registered in a segment or zone). */
    public static final int FEWEST = 3;

    /** The most counted members shown within each group (products within a segment). */
    public static final int PER_GROUP = 3;

    /** The mean score under which satisfaction counts against a customer (out of 5). */
    static final double LOW_SCORE = 3.0;

    private final EntityManager entities;
    private final Sources sources;
    private final MessageSource messages;

    DecisionSupport(EntityManager entities, Sources sources, MessageSource messages) {
        this.entities = entities;
        this.sources = sources;
        this.messages = messages;
    }

    /** The recommendations as of this day, in the tenant's time zone. */
    @Transactional(readOnly = true)
    public Decisions decide(LocalDate today, CustomerAccess access, Locale language) {
        LocalDate recentFrom = today.minusDays(WINDOW - 1L);
        LocalDate beforeFrom = recentFrom.minusDays(WINDOW);
        LocalDate yearFrom = today.minusDays(364);
        Map<String, Sums> sums = Sums.read(entities, access, sources.bought(), today, recentFrom, beforeFrom, yearFrom);
        List<Decisions.Cause> causes = new ArrayList<>();
        Map<String, Risk> risks = new LinkedHashMap<>();
        Map<String, Risk> buyers = new LinkedHashMap<>();
        for (FigureSource source : sources.bought()) {
            for (Measure measure : source.measures()) {
                String measureName = text(measure.label(), language);
                for (Dimension dimension : measure.dimensions()) {
                    List<Map.Entry<String, Sums>> members = Sums.of(sums, measure, dimension);
                    if (members.isEmpty()) {
                        continue;
                    }
                    if (dimension.cause()
                            && measure.direction() == Direction.LOWER_IS_BETTER
                            && measure.aggregate() == Aggregate.COUNT) {
                        causes.addAll(
                                rising(source, measure, dimension, measureName, members, recentFrom, today, language));
                    }
                    if (dimension.id().equals(Dimension.CUSTOMER)) {
                        // A month nobody's figures were imported for yet is not a month everyone stopped.
                        boolean lastMonthCounted = members.stream()
                                .anyMatch(member -> member.getValue().lastMonthTotal() > 0);
                        for (Map.Entry<String, Sums> member : members) {
                            weigh(
                                    source,
                                    measure,
                                    measureName,
                                    member.getKey(),
                                    member.getValue(),
                                    risks,
                                    buyers,
                                    lastMonthCounted,
                                    recentFrom,
                                    today,
                                    language);
                        }
                    }
                }
            }
        }
        Leaders leaders = new Leaders(sources.bought(), sums, messages, language, yearFrom, today);
        causes.sort(Comparator.comparingLong((Decisions.Cause c) -> -(c.recent() - c.before()))
                .thenComparingLong(c -> -c.recent())
                .thenComparing(Decisions.Cause::name));
        return new Decisions(
                List.copyOf(causes.subList(0, Math.min(MOST, causes.size()))),
                ranked(risks, language),
                ranked(buyers, language),
                leaders.rates(MOST),
                leaders.mostCounted(MOST),
                recentFrom,
                beforeFrom,
                today);
    }

    private List<Decisions.Cause> rising(
            FigureSource source,
            Measure measure,
            Dimension dimension,
            String measureName,
            List<Map.Entry<String, Sums>> members,
            LocalDate recentFrom,
            LocalDate today,
            Locale language) {
        List<Map.Entry<String, Sums>> risen = members.stream()
                .filter(member ->
                        member.getValue().recentCount() > member.getValue().beforeCount())
                .toList();
        Map<String, String> names = source.names(
                dimension.id(), risen.stream().map(Map.Entry::getKey).toList(), language);
        return risen.stream()
                .map(member -> new Decisions.Cause(
                        measureName,
                        text(dimension.label(), language),
                        names.getOrDefault(member.getKey(), member.getKey()),
                        member.getValue().recentCount(),
                        member.getValue().beforeCount(),
                        source.drill(measure.id(), dimension.id(), Optional.of(member.getKey()), recentFrom, today)
                                .orElse(null)))
                .toList();
    }

    /** Adds a customer's points and reasons from one measure. */
    private void weigh(
            FigureSource source,
            Measure measure,
            String measureName,
            String customer,
            Sums sums,
            Map<String, Risk> risks,
            Map<String, Risk> buyers,
            boolean lastMonthCounted,
            LocalDate recentFrom,
            LocalDate today,
            Locale language) {
        // Asked for only if the customer is listed: most weighed customers never are.
        Supplier<Optional<String>> drill =
                () -> source.drill(measure.id(), Dimension.CUSTOMER, Optional.of(customer), recentFrom, today);
        if (measure.aggregate() == Aggregate.COUNT && measure.direction() == Direction.LOWER_IS_BETTER) {
            long rise = sums.recentCount() - sums.beforeCount();
            if (rise > 0) {
                risks.computeIfAbsent(customer, id -> new Risk())
                        .add(
                                2 * rise,
                                reason(
                                        "stats.decisions.risk.rising",
                                        language,
                                        measureName,
                                        sums.recentCount(),
                                        WINDOW,
                                        sums.beforeCount()),
                                drill);
            }
        } else if (measure.aggregate() == Aggregate.MEAN_SCORE && measure.direction() == Direction.HIGHER_IS_BETTER) {
            long count = sums.recentCount() + sums.beforeCount();
            if (count > 0) {
                double mean = (double) (sums.recentTotal() + sums.beforeTotal()) / count;
                if (mean < LOW_SCORE) {
                    risks.computeIfAbsent(customer, id -> new Risk())
                            .add(
                                    Math.round((LOW_SCORE - mean) * 4),
                                    () -> {
                                        NumberFormat format = NumberFormat.getNumberInstance(language);
                                        format.setMaximumFractionDigits(1);
                                        return text(
                                                "stats.decisions.risk.score",
                                                language,
                                                measureName,
                                                format.format(mean));
                                    },
                                    drill);
                }
            }
        } else if (measure.aggregate() == Aggregate.SUM && measure.direction() == Direction.HIGHER_IS_BETTER) {
            if (lastMonthCounted && sums.monthBeforeTotal() > 0 && sums.lastMonthTotal() < sums.monthBeforeTotal()) {
                long percent =
                        Math.round(100.0 * (sums.monthBeforeTotal() - sums.lastMonthTotal()) / sums.monthBeforeTotal());
                risks.computeIfAbsent(customer, id -> new Risk())
                        .add(
                                Math.max(1, Math.round(percent / 10.0)),
                                () -> {
                                    NumberFormat format = NumberFormat.getIntegerInstance(language);
                                    DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL uuuu", language);
                                    YearMonth last = YearMonth.from(today).minusMonths(1);
                                    return text(
                                            "stats.decisions.risk.shrinking",
                                            language,
                                            measureName,
                                            format.format(sums.lastMonthTotal()),
                                            month.format(last),
                                            format.format(sums.monthBeforeTotal()),
                                            month.format(last.minusMonths(1)),
                                            percent);
                                },
                                drill);
            }
            if (sums.yearTotal() > 0) {
                buyers.computeIfAbsent(customer, id -> new Risk())
                        .add(
                                sums.yearTotal(),
                                () -> text(
                                        "stats.decisions.best.total",
                                        language,
                                        measureName,
                                        NumberFormat.getIntegerInstance(language)
                                                .format(sums.yearTotal())),
                                drill);
            }
        } else if (measure.aggregate() == Aggregate.COUNT && measure.direction() == Direction.HIGHER_IS_BETTER) {
            long fall = sums.beforeCount() - sums.recentCount();
            if (fall > 0) {
                risks.computeIfAbsent(customer, id -> new Risk())
                        .add(
                                fall,
                                reason(
                                        "stats.decisions.risk.falling",
                                        language,
                                        measureName,
                                        sums.recentCount(),
                                        WINDOW,
                                        sums.beforeCount()),
                                drill);
            }
            if (sums.yearCount() > 0) {
                // Purchases rank customers billed as much, and those of tenants that import no consumption.
                buyers.computeIfAbsent(customer, id -> new Risk())
                        .addMinor(
                                sums.yearCount(),
                                reason("stats.decisions.best.reason", language, measureName, sums.yearCount()),
                                drill);
            }
        }
    }

    private List<Decisions.Customer> ranked(Map<String, Risk> scored, Locale language) {
        List<Map.Entry<String, Risk>> top = scored.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Risk> e) -> -e.getValue().score)
                        .thenComparingLong(e -> -e.getValue().minor)
                        .thenComparing(Map.Entry::getKey))
                .limit(MOST)
                .toList();
        Map<String, String> names = new HashMap<>();
        for (FigureSource source : sources.bought()) {
            List<String> unnamed = top.stream()
                    .map(Map.Entry::getKey)
                    .filter(id -> !names.containsKey(id))
                    .toList();
            if (!unnamed.isEmpty()
                    && source.measures().stream()
                            .anyMatch(m -> m.dimension(Dimension.CUSTOMER).isPresent())) {
                names.putAll(source.names(Dimension.CUSTOMER, unnamed, language));
            }
        }
        return top.stream()
                .map(entry -> new Decisions.Customer(
                        entry.getKey(),
                        names.getOrDefault(entry.getKey(), entry.getKey()),
                        entry.getValue().score,
                        entry.getValue().reasons(),
                        entry.getValue().link()))
                .toList();
    }

    /**
     * A reason, written only if its customer is listed: decision support weighs every customer (400,000 at the
     * benchmark's size) and lists ten.
     */
    private Supplier<String> reason(String key, Locale language, Object... arguments) {
        return () -> text(key, language, arguments);
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, language);
    }

    /** A customer's points and reasons as they add up. */
    private static final class Risk {

        private final List<Map.Entry<Long, Supplier<String>>> reasons = new ArrayList<>();
        private long score;
        private long minor;
        private final List<Supplier<Optional<String>>> drills = new ArrayList<>();

        void add(long points, Supplier<String> reason, Supplier<Optional<String>> drill) {
            score += points;
            reasons.add(Map.entry(points, reason));
            drills.add(drill);
        }

        /** Adds points that rank only customers whose score is the same, and a reason listed after the others. */
        void addMinor(long points, Supplier<String> reason, Supplier<Optional<String>> drill) {
            minor += points;
            reasons.add(Map.entry(-1L, reason));
            drills.add(drill);
        }

        /** The list the first of its reasons that leads to one leads to, if any. */
        @Nullable
        String link() {
            for (Supplier<Optional<String>> drill : drills) {
                Optional<String> link = drill.get();
                if (link.isPresent()) {
                    return link.get();
                }
            }
            return null;
        }

        List<String> reasons() {
            return reasons.stream()
                    .sorted(Comparator.comparingLong((Map.Entry<Long, Supplier<String>> r) -> -r.getKey()))
                    .map(reason -> reason.getValue().get())
                    .toList();
        }
    }
}
