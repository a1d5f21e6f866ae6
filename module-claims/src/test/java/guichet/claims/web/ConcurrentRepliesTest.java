package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.claims.ClaimsFixture;
import guichet.claims.ServiceDesk;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.platform.customers.Customer;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.users.User;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Two people writing on one ticket at the same moment (issue 13's working day met it): both messages land. */
@GuichetTest
@Import(ClaimsFixture.class)
class ConcurrentRepliesTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    ServiceDesk desk;

    @Autowired
    Messages messages;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void aReplyThatLostTheRaceForTheTicketIsWrittenAfterTheOtherInsteadOfLost() throws Exception {
        TenantProfile tenant = fixture.tenant("race");
        Customer customer = fixture.customer(tenant, "Simon");
        User agent = fixture.staff(tenant, "Vidal");
        Claim ticket = fixture.portalTicket(tenant, customer, "Débit faible", "Depuis lundi.");
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        // Two threads of their own: the common pool may have one only, and the first reply holds it while it waits.
        ExecutorService writers = Executors.newFixedThreadPool(2);

        CompletableFuture<Message> first = CompletableFuture.supplyAsync(
                () -> TenantContext.call(
                        tenant.id(),
                        () -> transactions.execute(status -> {
                            Message written = desk.reply(ticket, "Nous relançons le technicien.", fixture.actor(agent));
                            firstWritten.countDown();
                            awaitQuietly(firstMayCommit);
                            return written;
                        })),
                writers);
        assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
        // The customer's reply reads the ticket as it was, then waits on the agent's uncommitted update of its row.
        CompletableFuture<Message> second = CompletableFuture.supplyAsync(() -> TenantContext.call(
                tenant.id(),
                () -> Conflicts.retried(() -> transactions.execute(
                        status -> desk.reply(ticket, "Toujours rien ce matin.", fixture.customerActor(customer))))));
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> second.isDone()
                        || sql.queryForObject(
                                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                                + " and datname = current_database()",
                                        Long.class)
                                > 0);
        assertThat(second).as("the second reply waits for the first").isNotDone();
        firstMayCommit.countDown();

        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        writers.shutdown();
        assertThat(fixture.in(
                        tenant,
                        () -> messages.findByTicket(ticket.id().value()).stream()
                                .map(Message::body)
                                .toList()))
                .containsExactly("Depuis lundi.", "Nous relançons le technicien.", "Toujours rien ce matin.");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
