package guichet.platform.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.devstack.LocalMailServer;
import guichet.platform.identity.Role;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.Notification.Recipient;
import guichet.platform.notifications.Notifications;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * No notification is lost while the mail server is down, and each leaves exactly once when it is back: the outbox keeps
 * them, retries them with back-off, and marks each sent in the transaction that sent it.
 */
@GuichetTest
@TestPropertySource(
        properties = {
            "guichet.notifications.dispatch-interval=200ms",
            "guichet.notifications.first-retry=1s",
            "guichet.notifications.max-retry=2s"
        })
class NotificationOutboxTest {

    private static final String KIND = "core.customer-registered";

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMails mails;

    @Autowired
    NotificationsProperties settings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mailsWrittenWhileTheMailServerIsDownAreRetriedWithBackOffThenDeliveredExactlyOnce() throws Exception {
        TenantProfile tenant = tenants.create("outage");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        String visitor = "visiteur@" + tenant.slug() + ".test";

        LocalMailServer.stopSmtp();
        try {
            send(tenant, Recipient.user(agent.id()), "Alice");
            send(tenant, Recipient.user(agent.id()), "Bruno");
            send(tenant, Recipient.address(visitor, "Visiteur", Locale.ENGLISH), "Chloé");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> outbox(tenant).stream().allMatch(mail -> mail.attempts() >= 2));
            List<OutboxMail> waiting = outbox(tenant);
            assertThat(waiting).hasSize(3).allSatisfy(mail -> {
                assertThat(mail.sentAt()).isEmpty();
                assertThat(mail.failedAt()).isEmpty();
                assertThat(mail.lastError()).isPresent();
                assertThat(Duration.between(mail.lastAttemptAt().orElseThrow(), mail.nextAttemptAt()))
                        .as("back-off after %d attempts", mail.attempts())
                        .isEqualTo(settings.retryDelay(mail.attempts()));
                assertThat(Mailbox.countWithMessageId(mail.messageId())).isZero();
            });
            assertThat(Mailbox.received(agent.email())).isEmpty();
        } finally {
            LocalMailServer.startSmtp();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        outbox(tenant).stream().allMatch(mail -> mail.sentAt().isPresent()));
        List<OutboxMail> sent = outbox(tenant);
        sent.forEach(mail -> assertThat(Mailbox.countWithMessageId(mail.messageId()))
                .as(mail.messageId())
                .isEqualTo(1));

        Thread.sleep(settings.maxRetry().multipliedBy(2).toMillis()); // many more dispatch runs
        assertThat(outbox(tenant)).allSatisfy(mail -> {
            OutboxMail before = sent.stream()
                    .filter(m -> m.id().equals(mail.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(mail.attempts()).isEqualTo(before.attempts());
            assertThat(Mailbox.countWithMessageId(mail.messageId())).isEqualTo(1);
        });
        assertThat(Mailbox.received(agent.email())).hasSize(2);
        assertThat(Mailbox.received(visitor)).hasSize(1);
    }

    @Test
    void aTenantsOutboxIsDispatchedByOneInstanceAtATime() throws Exception {
        TenantProfile tenant = tenants.create("lock");
        String visitor = "verrou@" + tenant.slug() + ".test";
        String lock = OutboxSchedule.JOB + ":" + tenant.slug();
        holdAsAnotherInstance(lock);

        LocalMailServer.stopSmtp();
        try {
            send(tenant, Recipient.address(visitor, "Verrou", null), "Damien");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> outbox(tenant).getFirst().attempts() == 1);
        } finally {
            LocalMailServer.startSmtp();
        }
        Thread.sleep(settings.maxRetry().multipliedBy(2).toMillis());
        OutboxMail held = outbox(tenant).getFirst();
        assertThat(held.attempts()).as("no run of this instance touched it").isEqualTo(1);
        assertThat(held.sentAt()).isEmpty();

        jdbc.update("update platform.shedlock set lock_until = timezone('utc', now()) where name = ?", lock);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox(tenant).getFirst().sentAt().isPresent());
        assertThat(Mailbox.countWithMessageId(outbox(tenant).getFirst().messageId()))
                .isEqualTo(1);
    }

    /**
     * Takes the tenant's lock for the next hour as another instance would. This instance's own run may be releasing it
     * at that very moment: taken again until it stays taken over several runs.
     */
    private void holdAsAnotherInstance(String lock) throws InterruptedException {
        for (int tries = 0; tries < 10; tries++) {
            jdbc.update(
                    "insert into platform.shedlock (name, lock_until, locked_at, locked_by)"
                            + " values (?, timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'other')"
                            + " on conflict (name) do update set lock_until = excluded.lock_until,"
                            + " locked_at = excluded.locked_at, locked_by = excluded.locked_by",
                    lock);
            Thread.sleep(settings.dispatchInterval().multipliedBy(3).toMillis());
            Boolean held = jdbc.queryForObject(
                    "select locked_by = 'other' and lock_until > timezone('utc', now()) from platform.shedlock"
                            + " where name = ?",
                    Boolean.class,
                    lock);
            if (Boolean.TRUE.equals(held)) {
                return;
            }
        }
        throw new IllegalStateException("Could not hold " + lock);
    }

    private void send(TenantProfile tenant, Recipient recipient, String name) {
        TenantContext.run(
                tenant.id(),
                () -> notifications.send(Notification.of(KIND, recipient)
                        .message(
                                "mail.registration.subject",
                                "mail.registration.body",
                                name,
                                name.toLowerCase(Locale.ROOT) + "@example.test",
                                tenant.displayName(),
                                "C0001")
                        .thread("T0001")
                        .build()));
    }

    private List<OutboxMail> outbox(TenantProfile tenant) {
        return TenantContext.call(tenant.id(), mails::findAllByOrderByCreatedAt);
    }
}
