package guichet.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.claims.desk.Claim;
import guichet.devstack.LocalMailServer;
import guichet.platform.customers.Customer;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The desk's notifications survive a mail server outage: tickets opened while SMTP is down (the customer told his
 * ticket is recorded, the staff told of a new ticket, the customer told of a reply) wait in the outbox, are retried, and
 * each reaches its recipient exactly once when the server is back.
 */
@GuichetTest
@TestPropertySource(
        properties = {
            "guichet.notifications.dispatch-interval=200ms",
            "guichet.notifications.first-retry=1s",
            "guichet.notifications.max-retry=2s"
        })
@Import(ClaimsFixture.class)
class ClaimNoticesOutageTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    ServiceDesk desk;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyNoticeWrittenWhileTheMailServerIsDownIsDeliveredExactlyOnceWhenItIsBack() throws Exception {
        TenantProfile tenant = fixture.tenant("panne");
        Customer customer = fixture.customer(tenant, "Patient");
        User account = fixture.in(tenant, () -> {
            User user = User.customerAccount(
                    customer.id(), "patient@" + tenant.slug() + ".test", "Client", "Patient", Instant.now());
            user.mirrorRoles(Set.of("customer"), Instant.now());
            return users.save(user);
        });
        User agent = fixture.in(tenant, () -> {
            User user = User.staff("veille@" + tenant.slug() + ".test", "Agent", "Veille", Instant.now());
            user.mirrorRoles(Set.of("agent"), Instant.now());
            return users.save(user);
        });
        List<String> numbers = new ArrayList<>();

        LocalMailServer.stopSmtp();
        try {
            for (String title : List.of("Plus de tonalité", "Facture en double", "Modem muet")) {
                numbers.add(fixture.portalTicket(tenant, customer, title, "Depuis ce matin.")
                        .number());
            }
            Claim first = fixture.reload(tenant, fixture.portalTicket(tenant, customer, "Coupure", "Encore."));
            numbers.add(first.number());
            fixture.in(tenant, () -> desk.reply(first, "Un technicien passe demain.", fixture.actor(agent)));

            // Every mail written so far was tried and is still waiting.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> pending(tenant) >= 9 && retried(tenant) == pending(tenant));
            assertThat(Mailbox.received(account.email())).isEmpty();
            assertThat(Mailbox.received(agent.email())).isEmpty();
        } finally {
            LocalMailServer.startSmtp();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> pending(tenant) == 0);
        Thread.sleep(4_000); // twice the longest retry delay: many more dispatch runs, nothing sent twice

        // The customer: 4 « enregistrée », the reply and the move to « in progress » it caused; the agent: 4 new
        // tickets.
        List<Map<String, Object>> written = jdbc.queryForList("select message_id, recipient from "
                + tenant.id().schemaName() + ".core_outbox_mail where sent_at is not null");
        assertThat(written).hasSize(10);
        assertThat(written).extracting(row -> row.get("recipient")).containsOnly(account.email(), agent.email());
        assertThat(Mailbox.received(account.email())).hasSize(6);
        assertThat(Mailbox.received(agent.email())).hasSize(4);
        for (String number : numbers) {
            assertThat(Mailbox.count(account.email(), "[" + number + "] Votre réclamation est enregistrée"))
                    .as(number)
                    .isEqualTo(1);
            assertThat(Mailbox.count(agent.email(), "[" + number + "] Nouvelle réclamation"))
                    .as(number)
                    .isEqualTo(1);
        }
        assertThat(Mailbox.count(account.email(), "Réponse à votre réclamation"))
                .isEqualTo(1);
        List<String> delivered = new ArrayList<>();
        Mailbox.received(account.email()).forEach(mail -> delivered.add(Mailbox.header(mail, "Message-ID")));
        Mailbox.received(agent.email()).forEach(mail -> delivered.add(Mailbox.header(mail, "Message-ID")));
        assertThat(delivered)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(written.stream()
                        .map(row -> (String) row.get("message_id"))
                        .toList());
        delivered.forEach(id -> {
            assertThat(id).endsWith("@" + tenant.slug() + ".guichet>");
            assertThat(Mailbox.countWithMessageId(id)).as(id).isEqualTo(1);
        });
    }

    /** Mails of the tenant's outbox tried at least once and not sent yet. */
    private int retried(TenantProfile tenant) {
        return count(tenant, "attempts >= 1 and sent_at is null");
    }

    private int pending(TenantProfile tenant) {
        return count(tenant, "sent_at is null and failed_at is null");
    }

    private int count(TenantProfile tenant, String condition) {
        Integer found = jdbc.queryForObject(
                "select count(*) from " + tenant.id().schemaName() + ".core_outbox_mail where " + condition,
                Integer.class);
        return found == null ? 0 : found;
    }
}
