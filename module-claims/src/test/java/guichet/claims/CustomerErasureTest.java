package guichet.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.claims.attachments.Attachment;
import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Message;
import guichet.claims.search.TicketQuery;
import guichet.customers.CustomerAnonymised;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.files.BlobNotFound;
import guichet.platform.files.BlobStore;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.SampleFiles;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;

/**
 * An anonymised customer's words and files leave his tickets, while the tickets themselves and the staff's replies and
 * files stay for statistics and for the desk's memory.
 */
@GuichetTest
@Import(ClaimsFixture.class)
class CustomerErasureTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    ServiceDesk desk;

    @Autowired
    TicketReading reading;

    @Autowired
    Attachments attachments;

    @Autowired
    BlobStore store;

    @Autowired
    Users users;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anAnonymisedCustomersWordsAndFilesAreErasedButHisTicketsKeptForStatistics() {
        TenantProfile tenant = fixture.tenant("erase");
        Customer customer = fixture.customer(tenant, "Oubli");
        User account = fixture.in(
                tenant,
                () -> users.save(User.customerAccount(
                        customer.id(), "oubli@" + tenant.slug() + ".test", "Client", "Oubli", Instant.now())));
        User agent = fixture.staff(tenant, "Tech");
        Claim ticket = fixture.portalTicket(tenant, customer, "Colis perdu", "Mon adresse : 12 rue des Lilas.");
        Message his =
                fixture.in(tenant, () -> reading.view(ticket, true).messages().getFirst());
        Message reply =
                fixture.in(tenant, () -> desk.reply(ticket, "Nous cherchons votre colis.", fixture.actor(agent)));
        assertThat(fixture.found(tenant, TicketQuery.all(CustomerAccess.EVERYONE), "lilas"))
                .containsExactly(ticket.number());
        Attachment idCard = attach(tenant, ticket, his, "carte-identite.png", null);
        Attachment receipt = attach(tenant, ticket, null, "recu-depot.pdf", account);
        Attachment procedure = attach(tenant, ticket, reply, "procedure-recherche.pdf", agent);

        fixture.in(tenant, () -> {
            events.publishEvent(new CustomerAnonymised(tenant.id(), customer.id()));
            return null;
        });

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(fixture.in(
                                tenant, () -> reading.view(ticket, true).messages()))
                        .extracting(Message::body)
                        .containsExactly(CustomerErasure.ERASED, "Nous cherchons votre colis."));
        Claim kept = fixture.reload(tenant, ticket);
        assertThat(kept.number()).isEqualTo(ticket.number());
        assertThat(fixture.found(tenant, TicketQuery.all(CustomerAccess.EVERYONE), "lilas"))
                .isEmpty();
        assertThat(fixture.found(tenant, TicketQuery.all(CustomerAccess.EVERYONE), "cherchons colis"))
                .containsExactly(ticket.number());
        assertThat(fixture.in(tenant, () -> attachments.of(ticket.id().value(), true)))
                .extracting(Attachment::filename)
                .containsExactly("procedure-recherche.pdf");
        for (Attachment erased : new Attachment[] {idCard, receipt}) {
            assertThatThrownBy(() -> fixture.in(tenant, () -> open(erased)))
                    .as(erased.filename())
                    .isInstanceOf(BlobNotFound.class);
        }
        assertThat(fixture.in(tenant, () -> open(procedure))).isNotEmpty();
    }

    private Attachment attach(TenantProfile tenant, Claim ticket, Message message, String name, User by) {
        return fixture.in(
                tenant,
                () -> attachments.attach(
                        ticket,
                        message == null ? null : message.id(),
                        name,
                        new ByteArrayInputStream(
                                name.endsWith(".png") ? SampleFiles.png(10_000) : SampleFiles.pdf(name)),
                        false,
                        by == null ? null : by.id().value()));
    }

    private byte[] open(Attachment attachment) {
        try (InputStream content = store.open(attachment.blob().key())) {
            return content.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
