package guichet.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Platform migration V6 turns the five phrases tenants wrote for tickets into their noun, on PostgreSQL, in a schema
 * of its own holding a copy of the vocabulary table as it was.
 */
@GuichetTest
class TenantNounsMigrationTest {

    private static final String[][] DISTRIB = {
        {"fr", "term.ticket", "Demande d'assistance"},
        {"fr", "term.tickets", "Demandes d'assistance"},
        {"fr", "term.ticket.new", "Nouvelle demande d'assistance"},
        {"fr", "term.ticket.my", "Mes demandes d'assistance"},
        {"fr", "term.ticket.none", "Aucune demande d'assistance pour le moment."},
        {"en", "term.ticket", "Support request"},
        {"en", "term.tickets", "Support requests"},
        {"en", "term.ticket.new", "New support request"},
        {"ar", "term.ticket", "طلب مساعدة"},
        {"ar", "term.tickets", "طلبات المساعدة"},
        {"ar", "term.ticket.new", "طلب مساعدة جديد"},
        {"ar", "term.ticket.none", "لا توجد طلبات مساعدة حاليًا."},
        {"fr", "home.lead", "Votre extranet."}
    };

    @Autowired
    DataSource dataSource;

    @Test
    void thePhrasesATenantWroteBecomeItsNounAndGo() throws Exception {
        String schema = "v6_" + TestTenants.uniqueSlug("nouns");
        UUID distrib = UUID.randomUUID();
        UUID sav = UUID.randomUUID();
        UUID partial = UUID.randomUUID();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create schema " + schema);
        try {
            jdbc.execute("create table " + schema + ".tenant_vocabulary (tenant_id uuid not null, locale varchar(16)"
                    + " not null, message_key varchar(120) not null, text varchar(300) not null,"
                    + " primary key (tenant_id, locale, message_key))");
            for (String[] row : DISTRIB) {
                insert(jdbc, schema, distrib, row);
            }
            insert(jdbc, schema, sav, new String[] {"fr", "term.ticket", "SAV"});
            insert(jdbc, schema, sav, new String[] {"fr", "term.tickets", "SAV"});
            insert(jdbc, schema, sav, new String[] {"fr", "term.ticket.new", "Nouveau SAV"});
            insert(jdbc, schema, partial, new String[] {"fr", "term.tickets", "Dossiers"});

            migrate(schema);

            assertThat(vocabulary(jdbc, schema, distrib))
                    .containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                            Map.entry("ar noun.ticket.definite", "طلبات المساعدة"),
                            Map.entry("ar noun.ticket.gender", "masculine"),
                            Map.entry("ar noun.ticket.plural", "طلبات مساعدة"),
                            Map.entry("ar noun.ticket.singular", "طلب مساعدة"),
                            Map.entry("en noun.ticket.plural", "support requests"),
                            Map.entry("en noun.ticket.singular", "support request"),
                            Map.entry("fr home.lead", "Votre extranet."),
                            Map.entry("fr noun.ticket.gender", "feminine"),
                            Map.entry("fr noun.ticket.plural", "demandes d'assistance"),
                            Map.entry("fr noun.ticket.singular", "demande d'assistance"))));
            assertThat(vocabulary(jdbc, schema, sav))
                    .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                            "fr noun.ticket.gender", "masculine",
                            "fr noun.ticket.plural", "SAV",
                            "fr noun.ticket.singular", "SAV")));
            assertThat(vocabulary(jdbc, schema, partial))
                    .as("a heading alone stays the plain override it was")
                    .containsExactlyEntriesOf(Map.of("fr term.tickets", "Dossiers"));
        } finally {
            jdbc.execute("drop schema " + schema + " cascade");
        }
    }

    private void migrate(String schema) throws IOException, SQLException {
        String script = new ClassPathResource("db/migration/platform/V7__tenant_nouns.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            statement.execute(script);
            statement.execute("reset search_path");
        }
    }

    private static void insert(JdbcTemplate jdbc, String schema, UUID tenant, String[] row) {
        jdbc.update("insert into " + schema + ".tenant_vocabulary values (?, ?, ?, ?)", tenant, row[0], row[1], row[2]);
    }

    private static Map<String, String> vocabulary(JdbcTemplate jdbc, String schema, UUID tenant) {
        Map<String, String> rows = new TreeMap<>();
        List<Map<String, Object>> found = jdbc.queryForList(
                "select locale, message_key, text from " + schema + ".tenant_vocabulary where tenant_id = ?", tenant);
        found.forEach(row -> rows.put(row.get("locale") + " " + row.get("message_key"), (String) row.get("text")));
        return rows;
    }
}
