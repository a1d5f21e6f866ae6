package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.SenderConfirmation;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketReading;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.platform.customers.Customer;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.tickets.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The e-mail door believes a sender on the receiving server's word only (issue 12, weakness 8; ADR 0037), against the
 * in-process mail server: a mail in a known customer's name acts as him when the {@code Authentication-Results} header
 * of the server named on the mailbox vouches for it; a verdict from another server, or none, holds it « to confirm »
 * for an agent — hidden from the customer, reopening nothing.
 */
@GuichetTest
@Import({ClaimsFixture.class, MailDoorFixture.class})
class MailSenderTrustTest {

    private static final String RECEIVER = "mx.guichet.test";
    private static final String CLAIRE = "claire.trust@example.fr";

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    MailDoorFixture mails;

    @Autowired
    ServiceDesk desk;

    @Autowired
    SenderConfirmation confirmation;

    @Autowired
    TicketReading reading;

    @Autowired
    Messages messages;

    @Test
    void aVerdictFromAnotherServerHoldsTheReplyForAnAgentAndReopensNothing() {
        TenantProfile tenant = fixture.tenant("mailtrust");
        String mailbox = mails.configured(tenant, RECEIVER);
        Customer claire = mails.withEmail(tenant, "Trust", CLAIRE);
        Claim ticket = resolvedTicketOf(tenant, mailbox, claire);

        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        MailDrop.messageId(),
                        CLAIRE,
                        mailbox,
                        "Re: [" + ticket.number() + "] Box en panne",
                        "Remboursez-moi sur le compte FR76 0000 0000.",
                        "Authentication-Results: mx.forger.example; spf=pass smtp.mailfrom=" + CLAIRE
                                + "; dkim=pass header.d=example.fr; dmarc=pass header.from=example.fr"));
        mails.poll(tenant);

        Claim after = fixture.reload(tenant, ticket);
        assertThat(after.category()).as("not reopened").isEqualTo(Ticket.Category.RESOLVED);
        Message held = last(tenant, ticket);
        assertThat(held.body()).contains("FR76");
        assertThat(held.toConfirm()).isTrue();
        assertThat(held.hidden()).isTrue();
        assertThat(held.claimedEmail()).contains(CLAIRE);
        assertThat(customerSees(tenant, ticket)).doesNotContain(held.body());

        fixture.in(tenant, () -> {
            confirmation.reject(ticket, held.id(), fixture.actor(fixture.staff(tenant, "Agent")));
            return null;
        });
        assertThat(last(tenant, ticket).senderCheck()).contains(Message.SenderCheck.REJECTED);
        assertThat(customerSees(tenant, ticket)).doesNotContain(held.body());
    }

    @Test
    void theReceivingServersPassingVerdictActsAsTheCustomer() {
        TenantProfile tenant = fixture.tenant("mailtrust");
        String mailbox = mails.configured(tenant, RECEIVER);
        Customer claire = mails.withEmail(tenant, "Trust", CLAIRE);
        Claim ticket = resolvedTicketOf(tenant, mailbox, claire);

        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        MailDrop.messageId(),
                        CLAIRE,
                        mailbox,
                        "Re: [" + ticket.number() + "] Box en panne",
                        "Elle est de nouveau en panne.",
                        "Authentication-Results: " + RECEIVER + "; spf=pass smtp.mailfrom=" + CLAIRE
                                + "; dkim=pass header.d=example.fr; dmarc=pass header.from=example.fr",
                        "Authentication-Results: mx.forger.example; dmarc=fail"));
        mails.poll(tenant);

        assertThat(fixture.reload(tenant, ticket).category()).as("reopened").isEqualTo(Ticket.Category.IN_PROGRESS);
        Message reply = last(tenant, ticket);
        assertThat(reply.hidden()).isFalse();
        assertThat(reply.senderCheck()).isEmpty();
        assertThat(customerSees(tenant, ticket)).contains("Elle est de nouveau en panne.");
    }

    @Test
    void aMailWithoutVerdictInACustomersNameOpensAnUnidentifiedTicketToConfirm() {
        TenantProfile tenant = fixture.tenant("mailtrust");
        String mailbox = mails.configured(tenant, RECEIVER);
        Customer claire = mails.withEmail(tenant, "Trust", CLAIRE);
        MailDrop.deliver(
                mailbox, MailDrop.mail(MailDrop.messageId(), CLAIRE, mailbox, "Résiliation", "Résiliez mon contrat."));

        mails.poll(tenant);

        Claim ticket = mails.only(tenant);
        assertThat(ticket.customer()).as("not acting as the customer").isEmpty();
        Message held = last(tenant, ticket);
        assertThat(held.toConfirm()).isTrue();

        fixture.in(tenant, () -> {
            confirmation.confirm(ticket, held.id(), fixture.actor(fixture.staff(tenant, "Agent")));
            return null;
        });
        assertThat(fixture.reload(tenant, ticket).customer()).contains(claire.id());
        assertThat(last(tenant, ticket).hidden()).isFalse();
        assertThat(customerSees(tenant, ticket)).contains("Résiliez mon contrat.");
    }

    /** A ticket Claire opened by a mail the receiving server vouched for, then resolved by the staff. */
    private Claim resolvedTicketOf(TenantProfile tenant, String mailbox, Customer claire) {
        MailDrop.deliver(
                mailbox,
                MailDrop.mail(
                        MailDrop.messageId(),
                        CLAIRE,
                        mailbox,
                        "Box en panne",
                        "La box ne démarre plus.",
                        "Authentication-Results: " + RECEIVER + "; dmarc=pass header.from=example.fr"));
        mails.poll(tenant);
        Claim ticket = mails.only(tenant);
        assertThat(ticket.customer()).contains(claire.id());
        fixture.in(tenant, () -> {
            desk.resolve(ticket, fixture.actor(fixture.staff(tenant, "Resolveur")));
            return null;
        });
        return fixture.reload(tenant, ticket);
    }

    private Message last(TenantProfile tenant, Claim ticket) {
        return fixture.in(
                tenant, () -> messages.findByTicket(ticket.id().value()).getLast());
    }

    private List<String> customerSees(TenantProfile tenant, Claim ticket) {
        return fixture.in(
                tenant,
                () -> reading.view(fixture.reload(tenant, ticket), false).messages().stream()
                        .map(Message::body)
                        .toList());
    }
}
