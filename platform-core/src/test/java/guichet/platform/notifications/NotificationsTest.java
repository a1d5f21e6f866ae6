package guichet.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.notifications.Notification.Recipient;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every notification goes by e-mail and appears on the platform unless its recipient chose otherwise, in his language
 * and with his tenant's words; outside addresses get the e-mail; nothing leaves for a change that did not happen.
 */
@GuichetTest
class NotificationsTest {

    private static final String KIND = "core.customer-registered";

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    Inbox inbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void byDefaultAUserGetsTheMailAndTheInAppNotification() {
        TenantProfile tenant = tenants.create("both");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);

        send(tenant, Recipient.user(admin.id()), "Nadia");

        assertThat(Mailbox.waitFor(admin.email(), "Nouvelle inscription : Nadia")
                        .body())
                .contains("Nadia (nadia@example.test) vient de créer un compte client")
                .contains("http://" + tenant.slug() + ".localhost:" + http.port() + "/admin/users/");
        assertThat(inApp(tenant, admin)).singleElement().satisfies(notification -> {
            assertThat(notification.title()).isEqualTo("Nouvelle inscription : Nadia");
            assertThat(notification.link())
                    .hasValueSatisfying(link -> assertThat(link).startsWith("/admin/users/"));
            assertThat(notification.isRead()).isFalse();
        });
    }

    @Test
    void aKindSwitchedOffByEmailStillAppearsInAppAndViceVersa() {
        TenantProfile tenant = tenants.create("prefs");
        User inAppOnly = accounts.staff(tenant, "surplace", Role.AGENT);
        User mailOnly = accounts.staff(tenant, "courriel", Role.AGENT);
        choose(tenant, inAppOnly, Set.of(), Set.of(KIND));
        choose(tenant, mailOnly, Set.of(KIND), Set.of());

        send(tenant, Recipient.user(inAppOnly.id()), "Omar");
        send(tenant, Recipient.user(mailOnly.id()), "Rania");

        assertThat(outboxRowsTo(tenant, inAppOnly.email())).isZero();
        assertThat(inApp(tenant, inAppOnly)).hasSize(1);
        assertThat(outboxRowsTo(tenant, mailOnly.email())).isEqualTo(1);
        assertThat(Mailbox.waitFor(mailOnly.email(), "Rania").subject()).isEqualTo("Nouvelle inscription : Rania");
        assertThat(inApp(tenant, mailOnly)).isEmpty();
        assertThat(Mailbox.count(inAppOnly.email(), "Omar")).isZero();
    }

    @Test
    void eachUserReadsItInHisOwnLanguageWithHisTenantsWords() {
        TenantProfile tenant = tenants.create(
                "words",
                "base",
                Map.of("fr", Map.of("mail.registration.subject", "Un nouveau client s'est inscrit : {0}")));
        User french = accounts.staff(tenant, "francais", Role.TENANT_ADMIN);
        User arabic = accounts.staff(tenant, "arabe", Role.TENANT_ADMIN);
        jdbc.update(
                "update " + tenant.id().schemaName() + ".core_user set locale = 'ar' where id = ?",
                arabic.id().value());

        send(tenant, Recipient.user(french.id()), "Nadia");
        send(tenant, Recipient.user(arabic.id()), "Nadia");

        assertThat(inApp(tenant, french).getFirst().title()).isEqualTo("Un nouveau client s'est inscrit : Nadia");
        assertThat(inApp(tenant, arabic).getFirst().title()).isEqualTo("تسجيل جديد: Nadia");
        assertThat(Mailbox.waitFor(arabic.email(), "Nadia").body())
                .contains("أنشأ Nadia")
                .contains("/notifications/preferences");
    }

    @Test
    void anOutsideAddressGetsAThreadedMailInItsLanguageAndNothingInApp() {
        TenantProfile tenant = tenants.create("outside");
        String visitor = "inconnu@" + tenant.slug() + ".test";

        TenantContext.run(
                tenant.id(),
                () -> notifications.send(Notification.of(KIND, Recipient.address(visitor, "Inconnu", Locale.ENGLISH))
                        .message("mail.registration.subject", "mail.registration.body", "Sam", "sam@x.test", "Y", "C1")
                        .thread("T0042")
                        .replyTo("support@" + tenant.slug() + ".test")
                        .link("/claims/T0042")
                        .build()));

        Mailbox.Mail mail = Mailbox.waitFor(visitor, "New registration: Sam");
        assertThat(mail.body()).contains("See the details: http://" + tenant.slug() + ".localhost:");
        MimeMessage message = Mailbox.received(visitor).getFirst();
        String messageId = Mailbox.header(message, "Message-ID");
        assertThat(messageId).matches("<[0-9a-f-]{36}\\.T0042@" + tenant.slug() + "\\.guichet>");
        assertThat(Mailbox.header(message, "In-Reply-To")).isEqualTo("<thread.T0042@" + tenant.slug() + ".guichet>");
        assertThat(Mailbox.header(message, "References")).isEqualTo("<thread.T0042@" + tenant.slug() + ".guichet>");
        assertThat(Mailbox.header(message, "Reply-To")).isEqualTo("support@" + tenant.slug() + ".test");
        assertThat(MailThreads.threadIdOf(messageId, tenant.id())).contains("T0042");
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + tenant.id().schemaName() + ".core_notification", Long.class))
                .isZero();
    }

    @Test
    void aChangeThatRollsBackNotifiesNobody() throws Exception {
        TenantProfile tenant = tenants.create("rollback");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);

        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    notifications.send(notification(Recipient.user(admin.id()), "Annulé"));
                    status.setRollbackOnly();
                }));
        send(tenant, Recipient.user(admin.id()), "Gardé");

        Mailbox.waitFor(admin.email(), "Gardé");
        assertThat(Mailbox.count(admin.email(), "Annulé")).isZero();
        assertThat(inApp(tenant, admin))
                .extracting(InAppNotification::title)
                .containsExactly("Nouvelle inscription : Gardé");
        assertThat(outboxRowsTo(tenant, admin.email())).isEqualTo(1);
    }

    @Test
    void anUnknownKindOrAnotherTenantsUserIsRefused() {
        TenantProfile tenant = tenants.create("refused");
        TenantProfile other = tenants.create("refused");
        User stranger = accounts.staff(other, "agent", Role.AGENT);

        TenantContext.run(tenant.id(), () -> {
            assertThatThrownBy(() -> notifications.send(Notification.of("claims.nope", Recipient.user(stranger.id()))
                            .message("mail.registration.subject", "mail.registration.body")
                            .build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Unknown notification kind claims.nope");
            assertThatThrownBy(() -> notifications.send(notification(Recipient.user(stranger.id()), "X")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No user");
        });
        assertThat(inApp(other, stranger)).isEmpty();
    }

    private void choose(TenantProfile tenant, User user, Set<String> byEmail, Set<String> inApp) {
        GuichetUser signedIn = new GuichetUser(
                tenant.id(),
                user.id(),
                user.identitySubject().orElseThrow(),
                user.email(),
                user.displayName(),
                Role.allOf(user.roleIds()),
                Set.of(),
                null,
                null);
        TenantContext.run(tenant.id(), () -> preferences.change(signedIn, byEmail, inApp));
    }

    private void send(TenantProfile tenant, Recipient recipient, String name) {
        TenantContext.run(tenant.id(), () -> notifications.send(notification(recipient, name)));
    }

    private static Notification notification(Recipient recipient, String name) {
        return Notification.of(KIND, recipient)
                .message(
                        "mail.registration.subject",
                        "mail.registration.body",
                        name,
                        name.toLowerCase(Locale.ROOT) + "@example.test",
                        "Guichet",
                        "C0001")
                .link("/admin/users/00000000-0000-0000-0000-000000000001")
                .build();
    }

    private List<InAppNotification> inApp(TenantProfile tenant, User user) {
        return TenantContext.call(
                tenant.id(), () -> inbox.of(user.id(), Pageable.unpaged()).getContent());
    }

    private long outboxRowsTo(TenantProfile tenant, String address) {
        Long rows = jdbc.queryForObject(
                "select count(*) from " + tenant.id().schemaName() + ".core_outbox_mail where recipient = ?",
                Long.class,
                address);
        return rows == null ? 0 : rows;
    }
}
