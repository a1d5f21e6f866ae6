package guichet.platform.archives;

import guichet.platform.tenancy.TenantProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's schema: every table's rows through PostgreSQL's {@code COPY} (the JDBC driver's {@link CopyManager}),
 * tables in foreign-key order (as far as cycles allow), read in one repeatable-read transaction so the archive is one
 * consistent picture; and its sequences' positions. A restore runs in one transaction: it empties the fresh schema,
 * lifts its foreign keys, copies every table in, then puts every key back, which checks every row, as
 * {@code pg_restore} does; a failure leaves the schema as it was. Flyway's history tables stay out: the restored schema has its own, at the application's
 * level.
 */
@Component
class SchemaPart implements TenantDataPart {

    static final String TABLES = "tables.json";
    static final String SEQUENCES = "sequences.json";
    private static final String HISTORY_PREFIX = "flyway_history_";

    private final DataSource dataSource;
    private final JsonMapper json;

    SchemaPart(DataSource dataSource) {
        this.dataSource = dataSource;
        this.json = JsonMapper.builder().build();
    }

    /** A table as archived: its name and the columns copied, in order. */
    record Table(String name, List<String> columns) {}

    /** A sequence and the value it last gave, if it gave any. */
    record Sequence(String name, @Nullable Long lastValue) {}

    @Override
    public String name() {
        return "schema";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void export(TenantProfile tenant, ArchiveWriter archive) throws IOException {
        String schema = tenant.id().schemaName();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                List<Table> tables = tables(connection, schema);
                try (OutputStream out = archive.entry(TABLES)) {
                    json.writeValue(out, tables);
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Table table : tables) {
                    try (OutputStream out = archive.entry(table.name() + ".copy")) {
                        long rows = copy.copyOut(
                                "copy (select " + columns(table) + " from " + qualified(schema, table.name())
                                        + ") to stdout",
                                out);
                        archive.count(table.name(), rows);
                    }
                }
                try (OutputStream out = archive.entry(SEQUENCES)) {
                    json.writeValue(out, sequences(connection, schema));
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("Could not export schema " + schema, e);
        }
    }

    @Override
    public void restore(TenantProfile tenant, ArchiveReader archive) throws IOException {
        String schema = tenant.id().schemaName();
        List<Table> archived;
        try (InputStream in = archive.open(TABLES)) {
            archived = json.readValue(in, new TypeReference<List<Table>>() {});
        }
        List<Sequence> sequences;
        try (InputStream in = archive.open(SEQUENCES)) {
            sequences = json.readValue(in, new TypeReference<List<Sequence>>() {});
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, Table> present = tables(connection, schema).stream()
                        .collect(Collectors.toMap(Table::name, t -> t, (a, b) -> a, LinkedHashMap::new));
                for (Table table : archived) {
                    Table here = present.get(table.name());
                    if (here == null || !here.columns().containsAll(table.columns())) {
                        throw new ArchiveRejected(
                                "console.archive.error.schema",
                                "Table " + table.name() + " or one of its columns is not in this application's schema",
                                table.name());
                    }
                }
                // The fresh schema's migrations may have seeded rows (default statuses, say): the archive's replace
                // them.
                if (!present.isEmpty()) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("truncate table "
                                + present.keySet().stream()
                                        .map(name -> qualified(schema, name))
                                        .collect(Collectors.joining(", "))
                                + " cascade");
                    }
                }
                List<String[]> keys = foreignKeys(connection, schema);
                try (var statement = connection.createStatement()) {
                    for (String[] key : keys) {
                        statement.execute(
                                "alter table " + qualified(schema, key[0]) + " drop constraint " + quote(key[1]));
                    }
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Table table : archived) {
                    long rows;
                    try (InputStream in = archive.open(table.name() + ".copy")) {
                        rows = copy.copyIn(
                                "copy " + qualified(schema, table.name()) + " (" + columns(table) + ") from stdin", in);
                    }
                    Long expected = archive.counts().get(table.name());
                    if (expected == null || expected != rows) {
                        throw new ArchiveRejected(
                                "console.archive.error.checksum",
                                "Row count differs for " + table.name(),
                                table.name());
                    }
                }
                // Every key comes back and is checked against every row before anything is committed.
                try (var statement = connection.createStatement()) {
                    for (String[] key : keys) {
                        statement.execute("alter table " + qualified(schema, key[0]) + " add constraint "
                                + quote(key[1]) + " " + key[2]);
                    }
                }
                setSequences(connection, schema, sequences);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("Could not restore schema " + schema + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(TenantProfile tenant) {
        new JdbcTemplate(dataSource)
                .execute("drop schema if exists " + tenant.id().schemaName() + " cascade");
    }

    /** The schema's tables but Flyway's, parents before the tables that refer to them. */
    private static List<Table> tables(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname""")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(1).startsWith(HISTORY_PREFIX)) {
                        names.add(rows.getString(1));
                    }
                }
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        names.forEach(name -> parents.put(name, new HashSet<>()));
        try (PreparedStatement statement = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint c
                join pg_class child on child.oid = c.conrelid
                join pg_class parent on parent.oid = c.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where c.contype = 'f' and n.nspname = ? and parent.relnamespace = child.relnamespace""")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String child = rows.getString(1);
                    String parent = rows.getString(2);
                    if (parents.containsKey(child) && parents.containsKey(parent) && !child.equals(parent)) {
                        parents.get(child).add(parent);
                    }
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < names.size()) {
            boolean progress = false;
            for (String name : names) {
                if (!placed.contains(name) && placed.containsAll(parents.get(name))) {
                    placed.add(name);
                    ordered.add(new Table(name, columns(connection, schema, name)));
                    progress = true;
                }
            }
            if (!progress) {
                // A cycle (a customer's sales representative is a user, a customer's account is a user of that
                // customer): the order only helps a reader, the restore checks the keys once every row is in.
                String next = names.stream()
                        .filter(name -> !placed.contains(name))
                        .findFirst()
                        .orElseThrow();
                placed.add(next);
                ordered.add(new Table(next, columns(connection, schema, next)));
            }
        }
        return ordered;
    }

    /** The schema's foreign keys: table, constraint name, definition. */
    private static List<String[]> foreignKeys(Connection connection, String schema) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select t.relname, c.conname, pg_get_constraintdef(c.oid) from pg_constraint c
                join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
                where c.contype = 'f' and n.nspname = ? order by t.relname, c.conname""")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        return keys;
    }

    private static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.attname from pg_attribute a
                join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relname = ? and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum""")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select sequencename, last_value from pg_sequences where schemaname = ? order by sequencename")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    long value = rows.getLong(2);
                    sequences.add(new Sequence(name, rows.wasNull() ? null : value));
                }
            }
        }
        return sequences;
    }

    private static void setSequences(Connection connection, String schema, List<Sequence> sequences)
            throws SQLException {
        for (Sequence sequence : sequences) {
            // A sequence the source never used starts afresh, whatever the fresh schema's seeding took from it.
            try (PreparedStatement statement = connection.prepareStatement("""
                    select setval(format('%I.%I', schemaname, sequencename), coalesce(?, start_value), ? is not null)
                    from pg_sequences where schemaname = ? and sequencename = ?""")) {
                if (sequence.lastValue() == null) {
                    statement.setNull(1, java.sql.Types.BIGINT);
                    statement.setNull(2, java.sql.Types.BIGINT);
                } else {
                    statement.setLong(1, sequence.lastValue());
                    statement.setLong(2, sequence.lastValue());
                }
                statement.setString(3, schema);
                statement.setString(4, sequence.name());
                statement.execute();
            }
        }
    }

    private static String columns(Table table) {
        return table.columns().stream().map(SchemaPart::quote).collect(Collectors.joining(", "));
    }

    private static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
