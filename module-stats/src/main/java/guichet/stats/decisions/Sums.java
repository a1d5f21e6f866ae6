package guichet.stats.decisions;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Dimension;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
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
     * Every member's sums within the viewer's customers, in one statement, by {@code measure/dimension/member}.
     */
    static Map<String, Sums> read(
            EntityManager entities,
            CustomerAccess access,
            LocalDate today,
            LocalDate recentFrom,
            LocalDate beforeFrom,
            LocalDate yearFrom) {
        Map<String, Sums> sums = new HashMap<>();
        if (access instanceof CustomerAccess.Accounts) {
            return sums;
        }
        UUID rep = access instanceof CustomerAccess.SalesRep(var user) ? user.value() : null;
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("select measure || '/' || dimension || '/' || member,"
                            + " coalesce(sum(count) filter (where day >= ?), 0),"
                            + " coalesce(sum(count) filter (where day >= ? and day < ?), 0),"
                            + " coalesce(sum(total) filter (where day >= ?), 0),"
                            + " coalesce(sum(total) filter (where day >= ? and day < ?), 0),"
                            + " coalesce(sum(count), 0), coalesce(sum(total), 0),"
                            + " coalesce(sum(total) filter (where day >= ? and day < ?), 0),"
                            + " coalesce(sum(total) filter (where day >= ? and day < ?), 0)"
                            + " from sta_rollup where dimension <> '' and day between ? and ?"
                            + (rep == null ? "" : " and rep = ?")
                            + " group by 1")) {
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
                select.setDate(11, Date.valueOf(yearFrom.isBefore(beforeFrom) ? yearFrom : beforeFrom));
                select.setDate(12, Date.valueOf(today));
                if (rep != null) {
                    select.setObject(13, rep);
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
