package guichet.stats.decisions;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.platform.figures.Measure.Direction;
import guichet.stats.rollup.RollupRanges;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A member's sums over the windows: facts and values, recent and before, and facts and values over the year. */
record Sums(
        long recentCount,
        long beforeCount,
        long recentTotal,
        long beforeTotal,
        long yearCount,
        long yearTotal,
        long lastMonthTotal,
        long monthBeforeTotal) {

    /** The sums of a measure's members by a dimension, by member. */
    static List<Map.Entry<String, Sums>> of(Map<String, Sums> sums, Measure measure, Dimension dimension) {
        String prefix = measure.id() + "/" + dimension.id() + "/";
        return sums.entrySet().stream()
                .filter(sum -> sum.getKey().startsWith(prefix))
                .map(sum -> Map.entry(sum.getKey().substring(prefix.length()), sum.getValue()))
                .toList();
    }

    /**
     * The pairs of measure and dimension decision support weighs, with the first day each is read from: the causes
     * and customers of counts to lower and the customers' satisfaction over the two windows compared; every dimension
     * of counts, sums and rates to raise over the year (the most profitable, where prospection converts, the products
     * per segment). Other pairs (durations, neutral measures, the histogram) are never read.
     */
    private static List<RollupRanges.Pair> pairs(
            List<FigureSource> sources, LocalDate today, LocalDate beforeFrom, LocalDate yearFrom) {
        List<RollupRanges.Pair> pairs = new ArrayList<>();
        LocalDate earliest = yearFrom.isBefore(beforeFrom) ? yearFrom : beforeFrom;
        for (FigureSource source : sources) {
            for (Measure measure : source.measures()) {
                boolean raise = measure.direction() == Direction.HIGHER_IS_BETTER
                        && measure.aggregate() != Aggregate.MEAN_SCORE
                        && measure.aggregate() != Aggregate.MEAN_DURATION;
                boolean lower =
                        measure.direction() == Direction.LOWER_IS_BETTER && measure.aggregate() == Aggregate.COUNT;
                boolean satisfaction = measure.direction() == Direction.HIGHER_IS_BETTER
                        && measure.aggregate() == Aggregate.MEAN_SCORE;
                for (Dimension dimension : measure.dimensions()) {
                    boolean customer = dimension.id().equals(Dimension.CUSTOMER);
                    if (raise) {
                        pairs.add(new RollupRanges.Pair(measure.id(), dimension.id(), earliest, today));
                    } else if ((lower && (dimension.cause() || customer)) || (satisfaction && customer)) {
                        pairs.add(new RollupRanges.Pair(measure.id(), dimension.id(), beforeFrom, today));
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * Every member's sums within the viewer's customers, in one statement, by {@code measure/dimension/member}.
     */
    static Map<String, Sums> read(
            EntityManager entities,
            CustomerAccess access,
            List<FigureSource> sources,
            LocalDate today,
            LocalDate recentFrom,
            LocalDate beforeFrom,
            LocalDate yearFrom) {
        Map<String, Sums> sums = new HashMap<>();
        if (access instanceof CustomerAccess.Accounts) {
            return sums;
        }
        UUID rep = access instanceof CustomerAccess.SalesRep(var user) ? user.value() : null;
        Date recent = Date.valueOf(recentFrom);
        Date before = Date.valueOf(beforeFrom);
        LocalDate lastMonth = YearMonth.from(today).minusMonths(1).atDay(1);
        // Only the pairs of measure and dimension decision support weighs, each over the days it compares.
        RollupRanges.read(
                entities,
                "w.measure || '/' || w.dimension || '/' || r.member,"
                        + " coalesce(sum(r.count) filter (where r.day >= ?), 0),"
                        + " coalesce(sum(r.count) filter (where r.day >= ? and r.day < ?), 0),"
                        + " coalesce(sum(r.total) filter (where r.day >= ?), 0),"
                        + " coalesce(sum(r.total) filter (where r.day >= ? and r.day < ?), 0),"
                        + " coalesce(sum(r.count), 0), coalesce(sum(r.total), 0),"
                        + " coalesce(sum(r.total) filter (where r.day >= ? and r.day < ?), 0),"
                        + " coalesce(sum(r.total) filter (where r.day >= ? and r.day < ?), 0)",
                select -> {
                    select.setDate(1, recent);
                    select.setDate(2, before);
                    select.setDate(3, recent);
                    select.setDate(4, recent);
                    select.setDate(5, before);
                    select.setDate(6, recent);
                    select.setDate(7, Date.valueOf(lastMonth));
                    select.setDate(8, Date.valueOf(lastMonth.plusMonths(1)));
                    select.setDate(9, Date.valueOf(lastMonth.minusMonths(1)));
                    select.setDate(10, Date.valueOf(lastMonth));
                    return 11;
                },
                pairs(sources, today, beforeFrom, yearFrom),
                rep,
                "1",
                row -> sums.put(
                        row.getString(1),
                        new Sums(
                                row.getLong(2),
                                row.getLong(3),
                                row.getLong(4),
                                row.getLong(5),
                                row.getLong(6),
                                row.getLong(7),
                                row.getLong(8),
                                row.getLong(9))));
        return sums;
    }
}
