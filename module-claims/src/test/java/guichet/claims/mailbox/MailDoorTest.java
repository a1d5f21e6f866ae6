package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.TicketEditing;
import guichet.claims.attachments.Attachment;
import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.platform.customers.Customer;
import guichet.platform.files.BlobStore;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.tickets.Ticket;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The e-mail door against the real in-process mail server and database: each tenant's mailbox read over IMAP, each mail
 * a ticket or a reply, committed before it is flagged read on the server.
 */
@GuichetTest
@Import({ClaimsFixture.class, MailDoorFixture.class})
class MailDoorTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    MailboxPoller poller;

    @Autowired
    TicketEditing editing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Attachments attachments;

    @Autowired
    BlobStore blobs;

    @Autowired
    MailDoorFixture mails;

    @Autowired
    Users users;

    @Test
    void anUnknownSenderOpensAnUnidentifiedTicketToWhichStaffAttachTheRightCustomer() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        String id = MailDrop.messageId();
        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        id,
                        "Secrétariat Martin <secretariat@autre.example.fr>",
                        mailbox,
                        "Standard injoignable",
                        "Bonjour,\nle standard ne répond plus depuis ce matin."));

        assertThat(mails.poll(tenant)).isEqualTo(1);

        Claim ticket = mails.only(tenant);
        assertThat(ticket.title()).isEqualTo("Standard injoignable");
        assertThat(ticket.channel()).isEqualTo(Ticket.Channel.EMAIL);
        assertThat(ticket.customer()).isEmpty();
        assertThat(ticket.authorEmail()).contains("secretariat@autre.example.fr");
        assertThat(ticket.authorName()).contains("Secrétariat Martin");
        assertThat(mails.bodies(tenant, ticket))
                .containsExactly("Bonjour,\nle standard ne répond plus depuis ce matin.");
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
        String mailbox = mails.configured(tenant);
        Customer claire = mails.withEmail(tenant, "Durand", "claire.durand@example.fr");
        String id = MailDrop.messageId();
        MailDrop.deliver(
                mailbox,
                MailDrop.mail(id, "claire.durand@example.fr", mailbox, "Imprimante bloquée", "")
                        .replace("text/plain", "text/html")
                        .replace("\r\n\r\n\r\n", "\r\n\r\n<p>Le bac <b>2</b> est bloqué.</p><p>Merci</p>\r\n"));

        mails.poll(tenant);

        Claim ticket = mails.only(tenant);
        assertThat(ticket.customer()).contains(claire.id());
        assertThat(mails.bodies(tenant, ticket)).containsExactly("Le bac 2 est bloqué.\nMerci");
    }

    /** A customer writing from the address he signs in with (not on his record) is known by it all the same. */
    @Test
    void aCustomerWritingFromHisSignInAddressIsRecognised() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        Customer leroy = fixture.customer(tenant, "Leroy");
        fixture.in(tenant, () -> {
            User account = User.customerAccount(
                    leroy.id(), "Compte.Leroy@Example.fr", "Paul", "Leroy", java.time.Instant.now());
            account.mirrorRoles(java.util.Set.of("customer"), java.time.Instant.now());
            return users.save(account);
        });
        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        MailDrop.messageId(),
                        "Paul Leroy <compte.leroy@example.fr>",
                        mailbox,
                        "Facture en double",
                        "Deux prélèvements ce mois-ci."));

        mails.poll(tenant);

        assertThat(mails.only(tenant).customer()).contains(leroy.id());
    }

    @Test
    void theSameMailDeliveredTwiceMakesOneTicket() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        String id = MailDrop.messageId();
        String mail = MailDrop.mail(id, "paul@example.org", mailbox, "Coupure internet", "Plus de connexion.");
        MailDrop.deliver(mailbox, mail);
        MailDrop.deliver(mailbox, mail);

        mails.poll(tenant);
        MailDrop.deliver(mailbox, mail);
        mails.poll(tenant);

        assertThat(mails.count(tenant)).isEqualTo(1);
        assertThat(MailDrop.seen(mailbox, id)).isTrue();
    }

    @Test
    void twoPollsAtOnceTakeEachMailOnce() throws Exception {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        for (int i = 1; i <= 5; i++) {
            MailDrop.deliver(
                    mailbox,
                    MailDrop.mail(MailDrop.messageId(), "client" + i + "@example.org", mailbox, "Panne " + i, "Rien."));
        }

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> mails.poll(tenant));
            var second = pool.submit(() -> mails.poll(tenant));
            // One poll holds the mailbox and takes all five; the other waits for it and finds nothing left unread.
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(5, 0);
        }
        assertThat(mails.count(tenant)).isEqualTo(5);
    }

    @Test
    void aReplyToOurNotificationIsAddedToItsTicketAndReopensNothingNew() throws Exception {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        String sender = "lea-" + tenant.slug() + "@example.org";
        MailDrop.deliver(
                mailbox, MailDrop.mail(MailDrop.messageId(), sender, mailbox, "Box en panne", "La box clignote."));
        mails.poll(tenant);
        Claim ticket = mails.only(tenant);
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
        mails.poll(tenant);

        assertThat(mails.count(tenant)).isEqualTo(1);
        assertThat(mails.bodies(tenant, ticket))
                .containsExactly("La box clignote.", "Elle clignote toujours en rouge.");
    }

    @Test
    void theTicketNumberInTheSubjectThreadsOnlyTheTicketsOwnSender() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        MailDrop.deliver(
                mailbox, MailDrop.mail(MailDrop.messageId(), "nora@example.org", mailbox, "Facture", "Erreur."));
        mails.poll(tenant);
        Claim ticket = mails.only(tenant);

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
        mails.poll(tenant);

        assertThat(mails.bodies(tenant, ticket)).containsExactly("Erreur.", "Voici le détail.");
        assertThat(mails.count(tenant)).isEqualTo(2);
    }

    @Test
    void automaticMailsAndBouncesAreReadButOpenNothing() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
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

        mails.poll(tenant);

        assertThat(mails.count(tenant)).isZero();
        assertThat(MailDrop.seen(mailbox, autoReply)).isTrue();
        assertThat(MailDrop.seen(mailbox, bounce)).isTrue();
    }

    @Test
    void oneTenantsMailNeverBecomesAnotherTenantsTicket() throws Exception {
        TenantProfile first = fixture.tenant("maildoor");
        TenantProfile second = fixture.tenant("maildoor");
        String firstBox = mails.configured(first);
        String secondBox = mails.configured(second);
        String sender = "sam-" + first.slug() + "@example.org";
        MailDrop.deliver(firstBox, MailDrop.mail(MailDrop.messageId(), sender, firstBox, "Badge", "Badge refusé."));

        assertThat(mails.poll(second)).isZero();
        mails.poll(first);
        Claim ticket = mails.only(first);
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
        mails.poll(second);

        assertThat(mails.bodies(first, ticket)).containsExactly("Badge refusé.");
        assertThat(mails.count(second)).isEqualTo(1);
        assertThat(mails.only(second).title()).isEqualTo("[" + ticket.number() + "] Badge");
    }

    @Test
    void theScheduledRunReadsAMailboxOnlyOnceItsIntervalHasPassed() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        MailDrop.deliver(mailbox, MailDrop.mail(MailDrop.messageId(), "ana@example.org", mailbox, "Un", "Premier."));
        poller.everyTick();
        assertThat(mails.count(tenant)).isEqualTo(1);

        MailDrop.deliver(mailbox, MailDrop.mail(MailDrop.messageId(), "ana@example.org", mailbox, "Deux", "Second."));
        poller.everyTick();
        assertThat(mails.count(tenant))
                .as("polled less than its 60 minutes ago")
                .isEqualTo(1);
    }

    @Test
    void aMailWithAPdfGivesATicketWithThatAttachment() {
        TenantProfile tenant = fixture.tenant("maildoor");
        String mailbox = mails.configured(tenant);
        String id = MailDrop.messageId();
        MailDrop.deliver(
                mailbox, MailDrop.withPdf(id, "rita@example.org", mailbox, "Facture", "Voir la pièce jointe."));

        mails.poll(tenant);

        Claim ticket = mails.only(tenant);
        assertThat(mails.bodies(tenant, ticket)).containsExactly("Voir la pièce jointe.");
        List<Attachment> files =
                fixture.in(tenant, () -> attachments.of(ticket.id().value(), true));
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("facture.pdf");
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            assertThat(file.hidden()).isFalse();
            assertThat(file.message()).isPresent();
        });
        try (InputStream content =
                fixture.in(tenant, () -> blobs.open(files.getFirst().blob().key()))) {
            assertThat(content.readAllBytes()).isEqualTo(MailDrop.PDF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(MailDrop.seen(mailbox, id)).isTrue();
    }

    @Test
    void thePasswordIsStoredEncrypted() {
        TenantProfile tenant = fixture.tenant("maildoor");
        mails.configured(tenant);
        String stored = jdbc.queryForObject(
                "select password_cipher from " + tenant.id().schemaName() + ".clm_mailbox", String.class);
        assertThat(stored).isNotBlank().doesNotContain(MailDoorFixture.PASSWORD);
    }
}
