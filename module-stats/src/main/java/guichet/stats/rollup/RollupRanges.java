package guichet.stats.rollup;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * Reads pairs of measure and dimension from the current tenant's rollups, each over its own days, as ranges of the
 * primary key (measure, dimension, day) joined laterally to the list of pairs: never a filter over every row
 * (StatsBenchmark: 3.8 s at ten million events when it was one, ADR 57). The caller writes what to select from the
 * pair {@code w(measure, dimension)} and its rows {@code r(day, member, count, total)}, and how to group them.
 */
public final class RollupRanges {

    private RollupRanges() {}

    /** A pair read from {@code since} to {@code until}, both included. */
    public record Pair(String measure, String dimension, LocalDate since, LocalDate until) {}

    /** Binds the parameters the caller's select list asks for, from index 1; answers the next index. */
    @FunctionalInterface
    public interface Leading {
        int bind(PreparedStatement statement) throws SQLException;

        /** A select list without parameters. */
        Leading NONE = statement -> 1;
    }

    /** Reads one row of the result. */
    @FunctionalInterface
    public interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code select <columns> from <pairs and their rows> group by <grouping>} on the session's connection.
     *
     * @param rep the sales representative whose rows alone are read, or null for every row
     */
    public static void read(
            EntityManager entities,
            String columns,
            Leading leading,
            List<Pair> pairs,
            @Nullable UUID rep,
            String grouping,
            Row row) {
        if (pairs.isEmpty()) {
            return;
        }
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + columns
                    + " from unnest(?::text[], ?::text[], ?::date[], ?::date[]) as w(measure, dimension, since, until)"
                    + " cross join lateral (select x.day, x.member, x.count, x.total from sta_rollup x"
                    + " where x.measure = w.measure and x.dimension = w.dimension"
                    + " and x.day between w.since and w.until"
                    + (rep == null ? "" : " and x.rep = ?")
                    + ") r group by " + grouping)) {
                int index = leading.bind(select);
                select.setArray(index, texts(connection, pairs.stream().map(Pair::measure)));
                select.setArray(index + 1, texts(connection, pairs.stream().map(Pair::dimension)));
                select.setArray(index + 2, dates(connection, pairs.stream().map(Pair::since)));
                select.setArray(index + 3, dates(connection, pairs.stream().map(Pair::until)));
                if (rep != null) {
                    select.setObject(index + 4, rep);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        row.read(rows);
                    }
                }
            }
        });
    }

    private static Array texts(Connection connection, Stream<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static Array dates(Connection connection, Stream<LocalDate> values) throws SQLException {
        return connection.createArrayOf("date", values.map(Date::valueOf).toArray());
    }
}
