package guichet.stats.decisions;

import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.platform.figures.Measure.Direction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * Who leads over the last year, from the rollups' sums: the members where a rate to raise is highest (prospects
 * converted, by segment and zone), and, for each member of a crossed dimension's outer one, the inner members most
 * counted of a measure to raise (products most sold, by segment). Named by the measures' own conventions, never by
 * a module's measure.
 */
final class Leaders {

    /** The fewest facts behind a rate for its member to be ranked: one prospect converted of one is no lesson. */
    static final int FEWEST = DecisionSupport.FEWEST;

    /** The lines of each group of the most counted. */
    static final int PER_GROUP = DecisionSupport.PER_GROUP;

    private final List<FigureSource> sources;
    private final Map<String, Sums> sums;
    private final MessageSource messages;
    private final Locale language;
    private final LocalDate yearFrom;
    private final LocalDate today;

    Leaders(
            List<FigureSource> sources,
            Map<String, Sums> sums,
            MessageSource messages,
            Locale language,
            LocalDate yearFrom,
            LocalDate today) {
        this.sources = sources;
        this.sums = sums;
        this.messages = messages;
        this.language = language;
        this.yearFrom = yearFrom;
        this.today = today;
    }

    /**
     * The members with the highest rates over the year, by every dimension of the rates to raise but the customer's
     * and the crossed ones, those with fewer than {@value #FEWEST} facts left out; the highest rate first, then the
     * most facts.
     */
    List<Decisions.Rate> rates(int most) {
        List<Decisions.Rate> rates = new ArrayList<>();
        for (FigureSource source : sources) {
            for (Measure measure : source.measures()) {
                if (measure.aggregate() != Aggregate.RATE || measure.direction() != Direction.HIGHER_IS_BETTER) {
                    continue;
                }
                for (Dimension dimension : measure.dimensions()) {
                    if (dimension.crossed() || dimension.id().equals(Dimension.CUSTOMER)) {
                        continue;
                    }
                    List<Map.Entry<String, Sums>> members = Sums.of(sums, measure, dimension).stream()
                            .filter(member -> member.getValue().yearCount() >= FEWEST)
                            .toList();
                    Map<String, String> names = source.names(
                            dimension.id(),
                            members.stream().map(Map.Entry::getKey).toList(),
                            language);
                    for (Map.Entry<String, Sums> member : members) {
                        Sums sum = member.getValue();
                        rates.add(new Decisions.Rate(
                                text(measure.label()),
                                text(dimension.label()),
                                names.getOrDefault(member.getKey(), member.getKey()),
                                sum.yearCount(),
                                Math.round(sum.yearTotal() / 100.0),
                                (double) sum.yearTotal() / sum.yearCount(),
                                drill(source, measure, dimension, member.getKey())));
                    }
                }
            }
        }
        return rates.stream()
                .sorted(Comparator.comparingDouble((Decisions.Rate r) -> -r.percent())
                        .thenComparingLong(r -> -r.count())
                        .thenComparing(Decisions.Rate::name))
                .limit(most)
                .toList();
    }

    /**
     * For each member of a crossed dimension's outer one, of every count to raise, its inner members most counted over
     * the year ({@value #PER_GROUP} at most): the groups that count most first.
     */
    List<Decisions.Group> mostCounted(int most) {
        List<Decisions.Group> groups = new ArrayList<>();
        for (FigureSource source : sources) {
            for (Measure measure : source.measures()) {
                if (measure.aggregate() != Aggregate.COUNT || measure.direction() != Direction.HIGHER_IS_BETTER) {
                    continue;
                }
                for (Dimension dimension : measure.dimensions()) {
                    if (dimension.crossed()) {
                        groups.addAll(groups(source, measure, dimension));
                    }
                }
            }
        }
        return groups.stream()
                .sorted(Comparator.comparingLong((Decisions.Group g) -> -g.count())
                        .thenComparing(Decisions.Group::name))
                .limit(most)
                .toList();
    }

    private List<Decisions.Group> groups(FigureSource source, Measure measure, Dimension crossed) {
        Map<String, List<Map.Entry<String, Sums>>> byOuter = new LinkedHashMap<>();
        for (Map.Entry<String, Sums> member : Sums.of(sums, measure, crossed)) {
            int join = member.getKey().lastIndexOf(Dimension.JOIN);
            if (join > 0 && member.getValue().yearCount() > 0) {
                byOuter.computeIfAbsent(member.getKey().substring(0, join), outer -> new ArrayList<>())
                        .add(member);
            }
        }
        Function<Map.Entry<String, Sums>, String> inner =
                member -> member.getKey().substring(member.getKey().lastIndexOf(Dimension.JOIN) + 1);
        Map<String, String> outerNames = source.names(crossed.crosses().get(0), byOuter.keySet(), language);
        Map<String, String> innerNames = source.names(
                crossed.crosses().get(1),
                byOuter.values().stream()
                        .flatMap(List::stream)
                        .map(inner)
                        .distinct()
                        .toList(),
                language);
        String dimensionName = measure.dimension(crossed.crosses().get(0))
                .map(outer -> text(outer.label()))
                .orElse(text(crossed.label()));
        List<Decisions.Group> groups = new ArrayList<>();
        byOuter.forEach((outer, members) -> groups.add(new Decisions.Group(
                text(measure.label()),
                dimensionName,
                outerNames.getOrDefault(outer, outer),
                members.stream()
                        .mapToLong(member -> member.getValue().yearCount())
                        .sum(),
                members.stream()
                        .sorted(Comparator.comparingLong((Map.Entry<String, Sums> member) ->
                                        -member.getValue().yearCount())
                                .thenComparing(
                                        member -> innerNames.getOrDefault(inner.apply(member), inner.apply(member))))
                        .limit(PER_GROUP)
                        .map(member -> new Decisions.Line(
                                innerNames.getOrDefault(inner.apply(member), inner.apply(member)),
                                member.getValue().yearCount(),
                                drill(source, measure, crossed, member.getKey())))
                        .toList())));
        return groups;
    }

    private String drill(FigureSource source, Measure measure, Dimension dimension, String member) {
        return source.drill(measure.id(), dimension.id(), Optional.of(member), yearFrom, today)
                .orElse(null);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, language);
    }
}
