package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import guichet.PlatformTest;
import guichet.claims.ClaimsFixture;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketEditing;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Tickets;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The e-mail door against the real in-process mail server and database: each tenant's mailbox read over IMAP, each mail
 * a ticket or a reply, committed before it is flagged read on the server.
 */
@PlatformTest
@Import(ClaimsFixture.class)
class MailDoorTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    MailboxPoller poller;

    @Autowired
    MailboxSettings settings;

    @Autowired
    Tickets tickets;

    @Autowired
    Messages messages;

    @Autowired
    Customers customers;

    @Autowired
    TicketEditing editing;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    ServiceDesk desk;

    @Test
    void anUnknownSenderOpensAnUnidentifiedTicketToWhichStaffAttachTheRightCustomer() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = configured(tenant);
        String id = MailDrop.messageId();
        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        id,
                        "Secrétariat Martin <secretariat@autre.example.fr>",
                        mailbox,
                        "Standard injoignable",
                        "Bonjour,\nle standard ne répond plus depuis ce matin."));

        assertThat(poll(tenant)).isEqualTo(1);

        Ticket ticket = only(tenant);
        assertThat(ticket.title()).isEqualTo("Standard injoignable");
        assertThat(ticket.channel()).isEqualTo(Ticket.Channel.EMAIL);
        assertThat(ticket.customer()).isEmpty();
        assertThat(ticket.authorEmail()).contains("secretariat@autre.example.fr");
        assertThat(ticket.authorName()).contains("Secrétariat Martin");
        assertThat(bodies(tenant, ticket)).containsExactly("Bonjour,\nle standard ne répond plus depuis ce matin.");
        assertThat(MailDrop.seen(mailbox, id)).isTrue();

        Customer martin = fixture.customer(tenant, "Martin");
        fixture.in(tenant, () -> {
            editing.attachCustomer(ticket, martin.id(), fixture.actor(fixture.staff(tenant, "Agent")));
            return null;
        });
        assertThat(fixture.reload(tenant, ticket).customer()).contains(martin.id());
    }

    @Test
    void aKnownSenderOpensATicketOnHisOwnAccountAndHtmlOnlyMailIsReadAsText() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = configured(tenant);
        Customer claire = withEmail(tenant, "Durand", "claire.durand@example.fr");
        String id = MailDrop.messageId();
        MailDrop.deliver(
                mailbox,
                MailDrop.mail(id, "claire.durand@example.fr", mailbox, "Imprimante bloquée", "")
                        .replace("text/plain", "text/html")
                        .replace("\r\n\r\n\r\n", "\r\n\r\n<p>Le bac <b>2</b> est bloqué.</p><p>Merci</p>\r\n"));

        poll(tenant);

        Ticket ticket = only(tenant);
        assertThat(ticket.customer()).contains(claire.id());
        assertThat(bodies(tenant, ticket)).containsExactly("Le bac 2 est bloqué.\nMerci");
    }

    @Test
    void theSameMailDeliveredTwiceMakesOneTicket() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = configured(tenant);
        String id = MailDrop.messageId();
        String mail = MailDrop.mail(id, "paul@example.org", mailbox, "Coupure internet", "Plus de connexion.");
        MailDrop.deliver(mailbox, mail);
        MailDrop.deliver(mailbox, mail);

        poll(tenant);
        MailDrop.deliver(mailbox, mail);
        poll(tenant);

        assertThat(count(tenant)).isEqualTo(1);
        assertThat(MailDrop.seen(mailbox, id)).isTrue();
    }

    @Test
    void aReplyToOurNotificationIsAddedToItsTicketAndReopensNothingNew() throws Exception {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = configured(tenant);
        String sender = "lea-" + tenant.slug() + "@example.org";
        MailDrop.deliver(
                mailbox, MailDrop.mail(MailDrop.messageId(), sender, mailbox, "Box en panne", "La box clignote."));
        poll(tenant);
        Ticket ticket = only(tenant);
        guichet.platform.testing.Mailbox.waitFor(sender, ticket.number());
        MimeMessage notice = guichet.platform.testing.Mailbox.received(sender).getLast();
        String noticeId = notice.getMessageID();

        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        MailDrop.messageId(),
                        sender,
                        mailbox,
                        "Re: " + notice.getSubject(),
                        "Elle clignote toujours en rouge.",
                        "In-Reply-To: " + noticeId,
                        "References: " + guichet.platform.testing.Mailbox.header(notice, "References") + " "
                                + noticeId));
        poll(tenant);

        assertThat(count(tenant)).isEqualTo(1);
        assertThat(bodies(tenant, ticket)).containsExactly("La box clignote.", "Elle clignote toujours en rouge.");
    }

    @Test
    void theTicketNumberInTheSubjectThreadsOnlyTheTicketsOwnSender() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = configured(tenant);
        MailDrop.deliver(
                mailbox, MailDrop.mail(MailDrop.messageId(), "nora@example.org", mailbox, "Facture", "Erreur."));
        poll(tenant);
        Ticket ticket = only(tenant);

        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        MailDrop.messageId(),
                        "Nora@Example.org",
                        mailbox,
                        "TR: [" + ticket.number() + "] Facture",
                        "Voici le détail."));
        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        MailDrop.messageId(),
                        "intrus@example.net",
                        mailbox,
                        "Re: [" + ticket.number() + "] Facture",
                        "Je m'invite."));
        poll(tenant);

        assertThat(bodies(tenant, ticket)).containsExactly("Erreur.", "Voici le détail.");
        assertThat(count(tenant)).isEqualTo(2);
    }

    @Test
    void automaticMailsAndBouncesAreReadButOpenNothing() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = configured(tenant);
        String autoReply = MailDrop.messageId();
        String bounce = MailDrop.messageId();
        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        autoReply,
                        "absent@example.org",
                        mailbox,
                        "Absence",
                        "Je suis absent.",
                        "Auto-Submitted: auto-replied"));
        MailDrop.deliver(
                mailbox, MailDrop.mail(bounce, "MAILER-DAEMON@example.org", mailbox, "Undelivered", "Failure."));

        poll(tenant);

        assertThat(count(tenant)).isZero();
        assertThat(MailDrop.seen(mailbox, autoReply)).isTrue();
        assertThat(MailDrop.seen(mailbox, bounce)).isTrue();
    }

    @Test
    void aFailureWhileTheTicketIsOpenedLeavesTheMailUnreadAndTheNextPollOpensExactlyOne() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = configured(tenant);
        String id = MailDrop.messageId();
        MailDrop.deliver(mailbox, MailDrop.mail(id, "marc@example.org", mailbox, "Ligne coupée", "Depuis hier."));
        doThrow(new IllegalStateException("database went away"))
                .doCallRealMethod()
                .when(desk)
                .openFromEmail(any(), any(), any(), any(), any());

        assertThat(poll(tenant)).isZero();
        assertThat(count(tenant)).isZero();
        assertThat(MailDrop.unseen(mailbox, id)).isTrue();

        poll(tenant);
        poll(tenant);

        assertThat(count(tenant)).isEqualTo(1);
        assertThat(only(tenant).title()).isEqualTo("Ligne coupée");
        assertThat(MailDrop.seen(mailbox, id)).isTrue();
    }

    @Test
    void oneTenantsMailNeverBecomesAnotherTenantsTicket() throws Exception {
        TenantProfile first = fixture.tenant("maildoor");
        TenantProfile second = fixture.tenant("maildoor");
        String firstBox = configured(first);
        String secondBox = configured(second);
        String sender = "sam-" + first.slug() + "@example.org";
        MailDrop.deliver(firstBox, MailDrop.mail(MailDrop.messageId(), sender, firstBox, "Badge", "Badge refusé."));

        assertThat(poll(second)).isZero();
        poll(first);
        Ticket ticket = only(first);
        guichet.platform.testing.Mailbox.waitFor(sender, ticket.number());
        String noticeId =
                guichet.platform.testing.Mailbox.received(sender).getLast().getMessageID();
        // Replying to the first tenant's notice into the second tenant's mailbox threads nothing there.
        MailDrop.deliver(
                secondBox,
                MailDrop.mail(
                        MailDrop.messageId(),
                        sender,
                        secondBox,
                        "Re: [" + ticket.number() + "] Badge",
                        "Toujours refusé.",
                        "In-Reply-To: " + noticeId));
        poll(second);

        assertThat(bodies(first, ticket)).containsExactly("Badge refusé.");
        assertThat(count(second)).isEqualTo(1);
        assertThat(only(second).title()).isEqualTo("Re: [" + ticket.number() + "] Badge");
    }

    @Test
    void theScheduledRunReadsAMailboxOnlyOnceItsIntervalHasPassed() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = configured(tenant);
        MailDrop.deliver(mailbox, MailDrop.mail(MailDrop.messageId(), "ana@example.org", mailbox, "Un", "Premier."));
        poller.everyTick();
        assertThat(count(tenant)).isEqualTo(1);

        MailDrop.deliver(mailbox, MailDrop.mail(MailDrop.messageId(), "ana@example.org", mailbox, "Deux", "Second."));
        poller.everyTick();
        assertThat(count(tenant)).as("polled less than its 60 minutes ago").isEqualTo(1);
    }

    @Test
    void thePasswordIsStoredEncrypted() {
        TenantProfile tenant = fixture.tenant("maildoor");
        configured(tenant);
        String stored = jdbc.queryForObject(
                "select password_cipher from " + tenant.id().schemaName() + ".clm_mailbox", String.class);
        assertThat(stored).isNotBlank().doesNotContain("secret-password");
    }

    private String configured(TenantProfile tenant) {
        String mailbox = MailDrop.newMailbox(tenant.slug());
        fixture.in(tenant, () -> {
            settings.save(new MailboxForm(
                    "127.0.0.1",
                    MailDrop.imapPort(),
                    Mailbox.Security.NONE,
                    mailbox,
                    "secret-password",
                    "INBOX",
                    true,
                    60));
            return null;
        });
        return mailbox;
    }

    private int poll(TenantProfile tenant) {
        return TenantContext.call(tenant.id(), poller::pollNow);
    }

    private Customer withEmail(TenantProfile tenant, String lastName, String email) {
        Customer customer = fixture.customer(tenant, lastName);
        return fixture.in(
                tenant,
                () -> customers.save(
                        customers.find(customer.id()).orElseThrow().withContact(email, null, Instant.now())));
    }

    private long count(TenantProfile tenant) {
        return fixture.in(tenant, tickets::count);
    }

    private Ticket only(TenantProfile tenant) {
        List<Ticket> all =
                fixture.in(tenant, () -> tickets.findAll(Pageable.unpaged()).getContent());
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private List<String> bodies(TenantProfile tenant, Ticket ticket) {
        return fixture.in(
                tenant,
                () -> messages.findByTicket(ticket.id().value()).stream()
                        .map(Message::body)
                        .toList());
    }
}
