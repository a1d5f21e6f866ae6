package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.Actor;
import guichet.claims.Opening;
import guichet.claims.ServiceDesk;
import guichet.claims.desk.Claim;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.tickets.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/** Object mother of the claims pages' tests: customers and tickets in a tenant's database, signed-in staff. */
@TestComponent
class DeskFixture {

    private final TransactionTemplate transactions;
    private final Customers customers;
    private final ServiceDesk desk;
    private final TestAccounts accounts;
    private final TenantHttp http;

    DeskFixture(
            TransactionTemplate transactions,
            Customers customers,
            ServiceDesk desk,
            TestAccounts accounts,
            TenantHttp http) {
        this.transactions = transactions;
        this.customers = customers;
        this.desk = desk;
        this.accounts = accounts;
        this.http = http;
    }

    /** A person, with an e-mail address if one is given. */
    Customer person(TenantProfile tenant, String firstName, @Nullable String email) {
        return in(tenant, () -> {
            Customer person = Customer.person(
                    customers.nextNumber(), Customer.Stage.CUSTOMER, firstName, "Client", Instant.now());
            return customers.save(email == null ? person : person.withContact(email, null, Instant.now()));
        });
    }

    /** A company of a segment, in a sales representative's charge (or nobody's). */
    Customer company(TenantProfile tenant, String name, String segment, @Nullable UserId rep) {
        return in(
                tenant,
                () -> customers.save(
                        Customer.company(customers.nextNumber(), Customer.Stage.CUSTOMER, name, Instant.now())
                                .classify(segment, Instant.now())
                                .assignSalesRep(rep, Instant.now())));
    }

    /** A ticket the customer opened on the portal. */
    Claim ticket(TenantProfile tenant, Customer customer, String title) {
        return in(
                tenant,
                () -> desk.open(
                        Opening.byCustomer(
                                Ticket.Channel.PORTAL, title, "Depuis hier.", customer.id(), null, null, null),
                        new Actor(null, customer.displayName(), false, customer.id())));
    }

    /** A demand an agent recorded at an agency's counter (seed 000), about a product or service. */
    Claim atCounter(TenantProfile tenant, Customer customer, String title, ProductId product, SiteId site) {
        return in(
                tenant,
                () -> desk.open(
                        new Opening(
                                Ticket.Channel.COUNTER,
                                title,
                                "Au guichet.",
                                customer.id(),
                                product,
                                null,
                                null,
                                null,
                                site,
                                List.of(),
                                null,
                                null,
                                null),
                        new Actor(null, "Agent du guichet", true, null)));
    }

    /** A staff user of the tenant, signed in through its realm. */
    TenantHttp.Client signedIn(TenantProfile tenant, String name, Role role) {
        accounts.staff(tenant, name, role);
        TenantHttp.Client client = http.tenant(tenant);
        TenantHttp.Page landed = client.signIn(name + "@" + tenant.slug() + ".test", TestAccounts.PASSWORD);
        assertThat(landed.status()).as(landed.uri() + "\n" + landed.body()).isEqualTo(200);
        return client;
    }

    <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
