package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.domain.Pageable;

/** Object mother of the e-mail door's tests: a tenant's mailbox on the in-process mail server, polls, what they made. */
@TestComponent
class MailDoorFixture {

    static final String PASSWORD = "secret-password";

    private final ClaimsFixture fixture;
    private final MailboxSettings settings;
    private final MailboxPoller poller;
    private final Claims tickets;
    private final Messages messages;
    private final Customers customers;

    MailDoorFixture(
            ClaimsFixture fixture,
            MailboxSettings settings,
            MailboxPoller poller,
            Claims tickets,
            Messages messages,
            Customers customers) {
        this.fixture = fixture;
        this.settings = settings;
        this.poller = poller;
        this.tickets = tickets;
        this.messages = messages;
        this.customers = customers;
    }

    /** Gives the tenant a mailbox of its own on the in-process server, enabled, read every hour; its address. */
    String configured(TenantProfile tenant) {
        return configured(tenant, null);
    }

    /** The same, believing the Authentication-Results of the receiving server with this identifier only. */
    String configured(TenantProfile tenant, @Nullable String authservId) {
        String mailbox = MailDrop.newMailbox(tenant.slug());
        Optional<String> refused = fixture.in(
                tenant,
                () -> settings.save(new MailboxForm(
                        "127.0.0.1",
                        MailDrop.imapPort(),
                        Mailbox.Security.NONE,
                        mailbox,
                        PASSWORD,
                        "INBOX",
                        true,
                        60,
                        authservId)));
        assertThat(refused).as("mailbox settings refused").isEmpty();
        return mailbox;
    }

    /** Reads the tenant's mailbox now, as the scheduled run would. */
    int poll(TenantProfile tenant) {
        return TenantContext.call(tenant.id(), poller::pollNow);
    }

    Customer withEmail(TenantProfile tenant, String lastName, String email) {
        Customer customer = fixture.customer(tenant, lastName);
        return fixture.in(
                tenant,
                () -> customers.save(
                        customers.find(customer.id()).orElseThrow().withContact(email, null, Instant.now())));
    }

    long count(TenantProfile tenant) {
        return fixture.in(tenant, tickets::count);
    }

    /** The tenant's one ticket. */
    Claim only(TenantProfile tenant) {
        List<Claim> all =
                fixture.in(tenant, () -> tickets.findAll(Pageable.unpaged()).getContent());
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    /** The ticket's messages' text, oldest first. */
    List<String> bodies(TenantProfile tenant, Claim ticket) {
        return fixture.in(
                tenant,
                () -> messages.findByTicket(ticket.id().value()).stream()
                        .map(Message::body)
                        .toList());
    }
}
