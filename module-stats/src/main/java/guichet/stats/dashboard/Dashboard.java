package guichet.stats.dashboard;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.figures.Chart;
import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.stats.rollup.Histogram;
import guichet.stats.rollup.RollupRanges;
import guichet.stats.rollup.Sources;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures for a range, read from the current tenant's rollups in one statement, within a customer
 * access: a sales representative counts his customers' facts only, a customer nothing.
 */
@Service
public class Dashboard {

    /** The members a figure names one by one; the others are summed in one row. */
    static final int MOST_MEMBERS = 12;

    private final EntityManager entities;
    private final Sources sources;
    private final MessageSource messages;

    Dashboard(EntityManager entities, Sources sources, MessageSource messages) {
        this.entities = entities;
        this.sources = sources;
        this.messages = messages;
    }

    /** The charts of every module the tenant bought, in order. */
    @Transactional(readOnly = true)
    public List<Figure> charts(Range range, CustomerAccess access, Locale language) {
        List<Wanted> wanted = new ArrayList<>();
        for (FigureSource source : sources.bought()) {
            for (Chart chart : source.charts()) {
                source.measures().stream()
                        .filter(measure -> measure.id().equals(chart.measure()))
                        .findFirst()
                        .ifPresent(measure -> wanted.add(new Wanted(source, measure, chart.dimension())));
            }
        }
        return figures(wanted, range, access, language);
    }

    /**
     * One measure over time or by one of its dimensions.
     *
     * @return empty if no bought module has the measure, or the measure has no such dimension
     */
    @Transactional(readOnly = true)
    public Optional<Figure> figure(
            String measureId, @Nullable String dimension, Range range, CustomerAccess access, Locale language) {
        return sources.measure(measureId)
                .filter(sourced -> dimension == null
                        || sourced.measure().dimension(dimension).isPresent())
                .map(sourced -> figures(
                                List.of(new Wanted(sourced.source(), sourced.measure(), dimension)),
                                range,
                                access,
                                language)
                        .getFirst());
    }

    private List<Figure> figures(List<Wanted> wanted, Range range, CustomerAccess access, Locale language) {
        Map<String, Map<LocalDate, Map<String, long[]>>> sums = read(wanted, range, access);
        List<Range.Slot> slots = range.slots();
        List<String> periods = slots.stream()
                .map(slot -> label(slot, range.period(), language))
                .toList();
        List<Figure> figures = new ArrayList<>();
        for (Wanted one : wanted) {
            Map<LocalDate, Map<String, long[]>> byPeriod = sums.getOrDefault(one.key(), Map.of());
            Figure figure = figure(one, range, slots, periods, byPeriod, language);
            if (one.histogram()) {
                figure = withPercentiles(figure, slots, sums.getOrDefault(one.histogramKey(), Map.of()), language);
            }
            figures.add(figure);
        }
        return figures;
    }

    private Figure figure(
            Wanted wanted,
            Range range,
            List<Range.Slot> slots,
            List<String> periods,
            Map<LocalDate, Map<String, long[]>> byPeriod,
            Locale language) {
        Aggregate aggregate = wanted.measure().aggregate();
        String dimension = wanted.dimension() == null ? "" : wanted.dimension();
        Map<String, long[]> members = new HashMap<>();
        byPeriod.values()
                .forEach(row -> row.forEach((member, sum) -> {
                    long[] all = members.computeIfAbsent(member, m -> new long[2]);
                    all[0] += sum[0];
                    all[1] += sum[1];
                }));
        List<String> ranked = members.keySet().stream()
                .filter(member -> !member.isEmpty())
                .sorted(Comparator.<String>comparingLong(
                                member -> -members.get(member)[aggregate == Aggregate.SUM ? 1 : 0])
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> named = ranked.size() > MOST_MEMBERS ? ranked.subList(0, MOST_MEMBERS) : ranked;
        Set<String> others = new HashSet<>(ranked.subList(named.size(), ranked.size()));
        Map<String, String> names =
                dimension.isEmpty() ? Map.of() : wanted.source().names(dimension, named, language);
        List<Figure.Row> rows = new ArrayList<>();
        if (dimension.isEmpty()) {
            rows.add(row(wanted, "", label(wanted.measure().label(), language), slots, byPeriod, Set.of(""), range));
        } else {
            for (String member : named) {
                rows.add(row(
                        wanted, member, names.getOrDefault(member, member), slots, byPeriod, Set.of(member), range));
            }
            if (!others.isEmpty()) {
                rows.add(row(wanted, "", label("stats.others", language), slots, byPeriod, others, null));
            }
        }
        Figure.Row total = row(wanted, "", label("stats.total", language), slots, byPeriod, members.keySet(), range);
        Dimension described = wanted.dimension() == null
                ? null
                : wanted.measure().dimension(wanted.dimension()).orElseThrow();
        return new Figure(
                wanted.measure(),
                wanted.dimension(),
                described == null ? null : described.label(),
                slots,
                periods,
                rows,
                total);
    }

    /**
     * A duration over time with its median and 90th percentile, period by period and over the range, read from the
     * histogram its rollups keep (rows {@code _median} and {@code _p90}).
     */
    private Figure withPercentiles(
            Figure figure, List<Range.Slot> slots, Map<LocalDate, Map<String, long[]>> histogram, Locale language) {
        List<Figure.Row> rows = new ArrayList<>(figure.rows());
        for (double p : new double[] {0.5, 0.9}) {
            List<Cell> cells = new ArrayList<>();
            Map<String, Long> all = new HashMap<>();
            for (Range.Slot slot : slots) {
                Map<String, Long> buckets = new HashMap<>();
                histogram.getOrDefault(slot.key(), Map.of()).forEach((bucket, sum) -> {
                    buckets.merge(bucket, sum[0], Long::sum);
                    all.merge(bucket, sum[0], Long::sum);
                });
                cells.add(percentile(buckets, p));
            }
            String key = p == 0.5 ? "_median" : "_p90";
            rows.add(new Figure.Row(key, label("stats" + "." + key.substring(1), language), cells, percentile(all, p)));
        }
        return new Figure(
                figure.measure(),
                figure.dimension(),
                figure.dimensionLabel(),
                figure.slots(),
                figure.periods(),
                rows,
                figure.total());
    }

    /** A percentile as a cell of one duration (its value in hours), or an empty cell. */
    private static Cell percentile(Map<String, Long> buckets, double p) {
        Double seconds = Histogram.percentile(buckets, p);
        return seconds == null
                ? new Cell(Aggregate.MEAN_DURATION, 0, 0, null)
                : new Cell(Aggregate.MEAN_DURATION, 1, Math.round(seconds), null);
    }

    /** A row of sums over some members, period by period; with drills where {@code range} is given. */
    private static Figure.Row row(
            Wanted wanted,
            String member,
            String name,
            List<Range.Slot> slots,
            Map<LocalDate, Map<String, long[]>> byPeriod,
            Set<String> members,
            @Nullable Range range) {
        Aggregate aggregate = wanted.measure().aggregate();
        List<Cell> cells = new ArrayList<>();
        long count = 0;
        long total = 0;
        Optional<String> chosen = member.isEmpty() ? Optional.empty() : Optional.of(member);
        for (Range.Slot slot : slots) {
            long[] sum = {0, 0};
            Map<String, long[]> period = byPeriod.getOrDefault(slot.key(), Map.of());
            members.forEach(one -> {
                long[] found = period.get(one);
                if (found != null) {
                    sum[0] += found[0];
                    sum[1] += found[1];
                }
            });
            count += sum[0];
            total += sum[1];
            cells.add(new Cell(
                    aggregate,
                    sum[0],
                    sum[1],
                    range == null || sum[0] == 0 ? null : drill(wanted, chosen, slot.from(), slot.to())));
        }
        String all = range == null || count == 0 ? null : drill(wanted, chosen, range.from(), range.to());
        return new Figure.Row(member, name, cells, new Cell(aggregate, count, total, all));
    }

    private static @Nullable String drill(Wanted wanted, Optional<String> member, LocalDate from, LocalDate to) {
        String dimension = wanted.dimension() == null ? "" : wanted.dimension();
        return wanted.source()
                .drill(wanted.measure().id(), dimension, member, from, to)
                .orElse(null);
    }

    /** The sums by figure ({@link Wanted#key()}), period and member: facts counted and their values' total. */
    private Map<String, Map<LocalDate, Map<String, long[]>>> read(
            List<Wanted> wanted, Range range, CustomerAccess access) {
        Map<String, Map<LocalDate, Map<String, long[]>>> sums = new LinkedHashMap<>();
        if (wanted.isEmpty() || access instanceof CustomerAccess.Accounts) {
            return sums;
        }
        UUID rep = access instanceof CustomerAccess.SalesRep(var user) ? user.value() : null;
        List<String> keys = wanted.stream()
                .flatMap(one -> one.histogram() ? Stream.of(one.key(), one.histogramKey()) : Stream.of(one.key()))
                .distinct()
                .toList();
        List<RollupRanges.Pair> pairs = keys.stream()
                .map(key -> new RollupRanges.Pair(
                        key.substring(0, key.indexOf('/')),
                        key.substring(key.indexOf('/') + 1),
                        range.from(),
                        range.to()))
                .toList();
        RollupRanges.read(
                entities,
                "w.measure || '/' || w.dimension, date_trunc(?, r.day)::date, r.member, sum(r.count), sum(r.total)",
                select -> {
                    select.setString(1, range.period().truncation());
                    return 2;
                },
                pairs,
                rep,
                "1, 2, 3",
                row -> sums.computeIfAbsent(row.getString(1), k -> new HashMap<>())
                        .computeIfAbsent(row.getDate(2).toLocalDate(), k -> new HashMap<>())
                        .put(row.getString(3), new long[] {row.getLong(4), row.getLong(5)}));
        return sums;
    }

    private String label(Range.Slot slot, Period period, Locale language) {
        return switch (period) {
            case DAY ->
                slot.key()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                                .withLocale(language));
            case WEEK ->
                messages.getMessage(
                        "stats.period.week",
                        new Object[] {
                            slot.key()
                                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                                            .withLocale(language))
                        },
                        language);
            case MONTH -> slot.key().format(DateTimeFormatter.ofPattern("MMM yyyy", language));
            case YEAR -> String.valueOf(slot.key().getYear());
        };
    }

    private String label(String key, Locale language) {
        return messages.getMessage(key, null, key, language);
    }

    /** A chart the page asks for. */
    private record Wanted(
            FigureSource source, Measure measure, @Nullable String dimension) {

        /** How the rollups name it: {@code measure/dimension}, the dimension empty over time. */
        String key() {
            return measure.id() + "/" + (dimension == null ? "" : dimension);
        }

        /** Whether it shows percentiles: a duration over time. */
        boolean histogram() {
            return dimension == null && measure.aggregate() == Aggregate.MEAN_DURATION;
        }

        /** How the rollups name its histogram. */
        String histogramKey() {
            return measure.id() + "/" + Histogram.DIMENSION;
        }
    }
}
