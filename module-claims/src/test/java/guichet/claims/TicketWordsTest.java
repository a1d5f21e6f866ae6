package guichet.claims;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.desk.Claim;
import guichet.claims.search.TicketQuery;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.users.User;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A ticket's messages as its searches find them: each new message adds its words, a hidden note to the staff's only. */
@GuichetTest
@Import(ClaimsFixture.class)
class TicketWordsTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    ServiceDesk desk;

    @Test
    void aReplyAndANoteAreFoundByTheirWordsTheNoteByTheStaffOnly() {
        TenantProfile tenant = fixture.tenant("words");
        Customer customer = fixture.customer(tenant, "Garnier");
        User agent = fixture.staff(tenant, "Leroy");
        Claim ticket = fixture.portalTicket(tenant, customer, "Colis", "Pas encore livré.");
        TicketQuery staff = TicketQuery.all(CustomerAccess.EVERYONE);
        TicketQuery his = TicketQuery.ofCustomer(new CustomerAccess.Accounts(Set.of(customer.id())));

        fixture.in(tenant, () -> desk.reply(ticket, "Votre colis est égaré au centre de tri.", fixture.actor(agent)));
        fixture.in(tenant, () -> desk.note(ticket, "Soupçon de vol au dépôt.", fixture.actor(agent)));
        fixture.in(
                tenant,
                () -> desk.reply(ticket, "Et la réclamation pour le colis égaré ?", fixture.customerActor(customer)));

        assertThat(fixture.found(tenant, staff, "egare centre de tri")).containsExactly(ticket.number());
        assertThat(fixture.found(tenant, his, "égaré centre de tri")).containsExactly(ticket.number());
        assertThat(fixture.found(tenant, staff, "soupçon vol")).containsExactly(ticket.number());
        assertThat(fixture.found(tenant, his, "soupçon vol")).isEmpty();
        assertThat(fixture.found(tenant, his, "réclamation")).containsExactly(ticket.number());
        assertThat(fixture.found(tenant, staff, "colis livré")).containsExactly(ticket.number());
    }
}
