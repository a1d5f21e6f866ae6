package guichet.stats.decisions;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.platform.figures.Measure.Direction;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

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
    private static List<String[]> pairs(List<FigureSource> sources, LocalDate beforeFrom, LocalDate yearFrom) {
        List<String[]> pairs = new ArrayList<>();
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
                        pairs.add(new String[] {measure.id(), dimension.id(), earliest.toString()});
                    } else if ((lower && (dimension.cause() || customer)) || (satisfaction && customer)) {
                        pairs.add(new String[] {measure.id(), dimension.id(), beforeFrom.toString()});
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
        List<String[]> pairs = pairs(sources, beforeFrom, yearFrom);
        if (access instanceof CustomerAccess.Accounts || pairs.isEmpty()) {
            return sums;
        }
        UUID rep = access instanceof CustomerAccess.SalesRep(var user) ? user.value() : null;
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select =
                    // Only the pairs of measure and dimension decision support weighs, each over the days it
                    // compares, read as ranges of the primary key (measure, dimension, day).
                    connection.prepareStatement("select w.measure || '/' || w.dimension || '/' || r.member,"
                            + " coalesce(sum(r.count) filter (where r.day >= ?), 0),"
                            + " coalesce(sum(r.count) filter (where r.day >= ? and r.day < ?), 0),"
                            + " coalesce(sum(r.total) filter (where r.day >= ?), 0),"
                            + " coalesce(sum(r.total) filter (where r.day >= ? and r.day < ?), 0),"
                            + " coalesce(sum(r.count), 0), coalesce(sum(r.total), 0),"
                            + " coalesce(sum(r.total) filter (where r.day >= ? and r.day < ?), 0),"
                            + " coalesce(sum(r.total) filter (where r.day >= ? and r.day < ?), 0)"
                            + " from unnest(?::text[], ?::text[], ?::date[]) as w(measure, dimension, since)"
                            + " cross join lateral (select x.day, x.member, x.count, x.total from sta_rollup x"
                            + " where x.measure = w.measure and x.dimension = w.dimension"
                            + " and x.day between w.since and ?"
                            + (rep == null ? "" : " and x.rep = ?")
                            + ") r group by 1")) {
                Date recent = Date.valueOf(recentFrom);
                Date before = Date.valueOf(beforeFrom);
                select.setDate(1, recent);
                select.setDate(2, before);
                select.setDate(3, recent);
                select.setDate(4, recent);
                select.setDate(5, before);
                select.setDate(6, recent);
                LocalDate lastMonth = YearMonth.from(today).minusMonths(1).atDay(1);
                select.setDate(7, Date.valueOf(lastMonth));
                select.setDate(8, Date.valueOf(lastMonth.plusMonths(1)));
                select.setDate(9, Date.valueOf(lastMonth.minusMonths(1)));
                select.setDate(10, Date.valueOf(lastMonth));
                select.setArray(
                        11,
                        connection.createArrayOf(
                                "text", pairs.stream().map(p -> p[0]).toArray()));
                select.setArray(
                        12,
                        connection.createArrayOf(
                                "text", pairs.stream().map(p -> p[1]).toArray()));
                select.setArray(
                        13,
                        connection.createArrayOf(
                                "date",
                                pairs.stream()
                                        .map(p -> Date.valueOf(LocalDate.parse(p[2])))
                                        .toArray()));
                select.setDate(14, Date.valueOf(today));
                if (rep != null) {
                    select.setObject(15, rep);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sums.put(
                                rows.getString(1),
                                new Sums(
                                        rows.getLong(2),
                                        rows.getLong(3),
                                        rows.getLong(4),
                                        rows.getLong(5),
                                        rows.getLong(6),
                                        rows.getLong(7),
                                        rows.getLong(8),
                                        rows.getLong(9)));
                    }
                }
            }
        });
        return sums;
    }
}
