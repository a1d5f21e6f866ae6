package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Where a tenant's mailbox settings may reach (issue 12, weakness 2): never inside the platform — checked through the
 * injected resolver before anything connects, and again by the socket as it connects — and never with the saved
 * password sent to another server or user name. Only the in-process mail server on 127.0.0.1 is allowed here; every
 * other address below is only ever resolved, never connected to.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.claims.mailbox.allowed-networks=127.0.0.1/32")
@Import({ClaimsFixture.class, MailDoorFixture.class, FakeMailHosts.class})
class MailboxReachTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    MailDoorFixture mails;

    @Autowired
    MailboxSettings settings;

    @Autowired
    MailboxPoller poller;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void internalAddressesAreRefusedBeforeAnythingConnects() {
        TenantProfile tenant = fixture.tenant("mailreach");
        for (String host : List.of(
                "private.localhost",
                "metadata.localhost",
                "loopback6.localhost",
                "loopback.localhost",
                "mapped.localhost",
                "unique-local.localhost",
                "shared.localhost",
                "10.1.2.3",
                "169.254.169.254",
                "::1")) {
            MailboxForm form = form(host, "box@example.org", "a-password");
            assertThat(in(tenant, () -> settings.test(form))).as(host).contains(ImapConnection.REFUSED);
            assertThat(in(tenant, () -> settings.save(form))).as(host).contains(ImapConnection.REFUSED);
        }
        assertThat(FakeMailHosts.LOOKUPS.get("private.localhost").get()).isEqualTo(2);
        assertThat(in(tenant, settings::current)).as("nothing saved").isEmpty();
        assertThat(in(tenant, () -> settings.save(form("outside.localhost", "box@example.org", "a-password"))))
                .as("an outside address is saved (not connected to)")
                .isEmpty();
    }

    @Test
    void theAddressesOfThePlatformItselfAreRefused() throws SocketException {
        TenantProfile tenant = fixture.tenant("mailreach");
        Optional<InetAddress> own = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !MailHosts.inside(address))
                .findFirst();
        own.ifPresent(address -> assertThat(in(
                        tenant, () -> settings.save(form(address.getHostAddress(), "box@example.org", "a-password"))))
                .as(address.getHostAddress())
                .contains(ImapConnection.REFUSED));
        assertThat(MailHosts.inside(address("192.168.1.10"))).isTrue();
        assertThat(MailHosts.inside(address("203.0.113.7"))).isFalse();
    }

    @Test
    void aNameThatReResolvesInsideIsRefusedByTheSocketItself() {
        TenantProfile tenant = fixture.tenant("mailreach");
        String mailbox = MailDrop.newMailbox(tenant.slug());
        MailboxForm flip = new MailboxForm(
                "flip.localhost",
                MailDrop.imapPort(),
                Mailbox.Security.NONE,
                mailbox,
                "secret",
                "INBOX",
                true,
                60,
                null);
        assertThat(in(tenant, () -> settings.save(flip)))
                .as("checked once: outside")
                .isEmpty();

        TenantContext.call(tenant.id(), poller::pollNow);

        assertThat(in(tenant, settings::current).orElseThrow().lastError())
                .as("the socket resolved it again, inside, and refused it")
                .contains(ImapConnection.REFUSED);
        assertThat(FakeMailHosts.LOOKUPS.get("flip.localhost").get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theSavedPasswordGoesOnlyToTheServerAndUserNameItWasSavedFor() {
        TenantProfile tenant = fixture.tenant("mailreach");
        String mailbox = mails.configured(tenant);
        String cipher = cipher(tenant);

        for (MailboxForm elsewhere :
                List.of(form("outside.localhost", mailbox, ""), form("127.0.0.1", "someone-else@support.test", ""))) {
            assertThat(in(tenant, () -> settings.test(elsewhere))).contains(MailboxSettings.PASSWORD_AGAIN);
            assertThat(in(tenant, () -> settings.save(elsewhere))).contains(MailboxSettings.PASSWORD_AGAIN);
        }
        Mailbox kept = in(tenant, settings::current).orElseThrow();
        assertThat(kept.host()).isEqualTo("127.0.0.1");
        assertThat(kept.username()).isEqualTo(mailbox);
        assertThat(cipher(tenant)).isEqualTo(cipher);

        MailboxForm same = form("127.0.0.1", mailbox, "");
        assertThat(in(tenant, () -> settings.test(same)))
                .as("same server, the saved password")
                .isEmpty();
        assertThat(in(tenant, () -> settings.save(form("outside.localhost", mailbox, "typed-again"))))
                .as("a new server with its password typed")
                .isEmpty();
    }

    @Test
    void everyConnectionFailureIsTheSameMessage() {
        TenantProfile tenant = fixture.tenant("mailreach");
        String mailbox = mails.configured(tenant);
        MailboxForm noFolder = new MailboxForm(
                "127.0.0.1", MailDrop.imapPort(), Mailbox.Security.NONE, mailbox, "", "Nowhere", true, 60, null);
        MailboxForm noServer =
                new MailboxForm("127.0.0.1", 1, Mailbox.Security.NONE, mailbox, "", "INBOX", true, 60, null);
        MailboxForm noTls = new MailboxForm(
                "127.0.0.1", MailDrop.imapPort(), Mailbox.Security.SSL, mailbox, "", "INBOX", true, 60, null);
        for (MailboxForm failing : List.of(noFolder, noServer, noTls)) {
            assertThat(in(tenant, () -> settings.test(failing))).contains(ImapConnection.FAILED);
        }
    }

    private static MailboxForm form(String host, String username, String password) {
        return new MailboxForm(
                host, MailDrop.imapPort(), Mailbox.Security.NONE, username, password, "INBOX", true, 60, null);
    }

    private <T> T in(TenantProfile tenant, java.util.function.Supplier<T> work) {
        return fixture.in(tenant, work);
    }

    private String cipher(TenantProfile tenant) {
        return jdbc.queryForObject(
                "select password_cipher from " + tenant.id().schemaName() + ".clm_mailbox", String.class);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
