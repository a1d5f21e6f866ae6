package guichet.claims;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.desk.Claim;
import guichet.platform.customers.Customer;
import guichet.platform.notifications.MailThreads;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.tickets.Ticket;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The desk's notifications through the outbox, received by real mail: the customer on creation, staff reply and
 * resolution (with the satisfaction question), the staff on a new ticket and an assignment; threaded by ticket number.
 */
@GuichetTest
@Import(ClaimsFixture.class)
class ClaimNoticesTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    ServiceDesk desk;

    @Autowired
    TicketEditing editing;

    @Autowired
    Users users;

    @Test
    void theCustomerAndTheStaffAreToldWhatHappensToATicket() {
        TenantProfile tenant = fixture.tenant("notices");
        Customer customer = fixture.customer(tenant, "Averti");
        User account = fixture.in(tenant, () -> {
            User user = User.customerAccount(
                    customer.id(), "averti@" + tenant.slug() + ".test", "Client", "Averti", Instant.now());
            user.mirrorRoles(Set.of("customer"), Instant.now());
            return users.save(user);
        });
        User agent = fixture.in(tenant, () -> {
            User user = User.staff("tech@" + tenant.slug() + ".test", "Agent", "Tech", Instant.now());
            user.mirrorRoles(Set.of("agent"), Instant.now());
            return users.save(user);
        });
        User colleague = fixture.staff(tenant, "Collègue");

        Claim ticket = fixture.portalTicket(tenant, customer, "Plus de tonalité", "Depuis ce matin.");
        String number = ticket.number();

        assertThat(Mailbox.waitFor(account.email(), number).subject())
                .isEqualTo("[" + number + "] Votre réclamation est enregistrée : Plus de tonalité");
        assertThat(Mailbox.waitFor(agent.email(), number).subject())
                .isEqualTo("[" + number + "] Nouvelle réclamation : Plus de tonalité");

        fixture.in(tenant, () -> desk.reply(ticket, "Un technicien passe demain.", fixture.actor(agent)));
        Mailbox.Mail reply = Mailbox.waitFor(account.email(), "Réponse à votre réclamation");
        assertThat(reply.body()).contains("Agent Tech", "Un technicien passe demain.");
        assertThat(reply.link("/claims/my/")).endsWith("/claims/my/" + number);

        fixture.in(tenant, () -> {
            editing.assign(ticket, List.of(colleague.id()), fixture.actor(agent));
            return null;
        });
        assertThat(Mailbox.waitFor(colleague.email(), "Réclamation affectée").body())
                .contains("Agent Tech", number);

        fixture.in(tenant, () -> {
            desk.resolve(ticket, fixture.actor(agent));
            return null;
        });
        Mailbox.Mail resolved = Mailbox.waitFor(account.email(), "votre avis nous intéresse");
        assertThat(resolved.body()).contains("de 1 à 5");
        assertThat(resolved.link("#rating")).endsWith("/claims/my/" + number + "#rating");

        String root = MailThreads.threadRoot(number, tenant.id());
        assertThat(Mailbox.received(account.email()))
                .allSatisfy(
                        mail -> assertThat(Mailbox.header(mail, "References")).isEqualTo(root));
        assertThat(Mailbox.count(agent.email(), "Réponse à votre réclamation"))
                .as("nobody is told of his own action")
                .isZero();
    }

    /** A customer who opens a ticket in his portal himself is sent its confirmation all the same: it is for him. */
    @Test
    void aCustomerWhoOpensATicketHimselfGetsItsConfirmation() {
        TenantProfile tenant = fixture.tenant("selfopen");
        Customer customer = fixture.customer(tenant, "Autonome");
        User account = fixture.in(tenant, () -> {
            User user = User.customerAccount(
                    customer.id(), "autonome@" + tenant.slug() + ".test", "Client", "Autonome", Instant.now());
            user.mirrorRoles(Set.of("customer"), Instant.now());
            return users.save(user);
        });
        Claim ticket = fixture.in(
                tenant,
                () -> desk.open(
                        Opening.byCustomer(
                                Ticket.Channel.PORTAL,
                                "Box muette",
                                "Plus de voyant.",
                                customer.id(),
                                null,
                                null,
                                null),
                        fixture.actor(account)));

        assertThat(Mailbox.waitFor(account.email(), ticket.number()).subject())
                .isEqualTo("[" + ticket.number() + "] Votre réclamation est enregistrée : Box muette");
    }
}
