package guichet.platform.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backlog of mails costs the dispatcher one index entry per mail it takes, not a sort of the whole backlog: the
 * plan of its own statement, on a tenant holding 3,000 due mails, reads the index in its order and sorts nothing, not even in groups (an incremental sort).
 */
@GuichetTest
class OutboxBacklogTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    DataSource dataSource;

    @Test
    void theMailDueFirstIsReadFromTheIndexWithoutSortingTheBacklog() throws Exception {
        TenantProfile tenant = tenants.create("outbox");
        String schema = tenant.id().schemaName();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into " + schema + ".core_outbox_mail (id, kind, recipient, subject, text_body, message_id,"
                + " created_at, next_attempt_at) select gen_random_uuid(), 'claims.new', 'agent' || n || '@outbox.test',"
                + " 'Nouvelle réclamation', repeat('Texte du message. ', 200), '<' || n || '@outbox.test>',"
                + " now() - n * interval '1 second', now() - (n % 60) * interval '1 second'"
                + " from generate_series(1, 3000) n");
        jdbc.execute("analyze " + schema + ".core_outbox_mail");
        String statement = OutboxMails.class
                .getDeclaredMethod("lockNextDue", java.time.Instant.class)
                .getAnnotation(Query.class)
                .value()
                .replace(":now", "now()");

        String plan = jdbc.execute((java.sql.Connection connection) -> {
            try (var statements = connection.createStatement()) {
                statements.execute("set search_path to " + schema);
                try (var rows = statements.executeQuery("explain (format json) " + statement)) {
                    rows.next();
                    String json = rows.getString(1);
                    statements.execute("set search_path to public");
                    return json;
                }
            }
        });

        assertThat(plan).contains("core_outbox_mail_next_idx").doesNotContain("Sort");
    }
}
