package guichet.claims;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.search.TicketQuery;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TestTenants;
import guichet.platform.tickets.Ticket;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

/** Object mother of the claims tests: a tenant with the module, staff and customers in its database, tickets. */
@TestComponent
public class ClaimsFixture {

    private final TestTenants tenants;
    private final TransactionTemplate transactions;
    private final Customers customers;
    private final Users users;
    private final Claims tickets;
    private final ServiceDesk desk;
    private final TicketReading reading;

    ClaimsFixture(
            TestTenants tenants,
            TransactionTemplate transactions,
            Customers customers,
            Users users,
            Claims tickets,
            ServiceDesk desk,
            TicketReading reading) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.customers = customers;
        this.users = users;
        this.tickets = tickets;
        this.desk = desk;
        this.reading = reading;
    }

    /** A fresh tenant with the customers and claims modules. */
    public TenantProfile tenant(String prefix) {
        return tenants.create(prefix, "customers", "claims");
    }

    public <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }

    public Customer customer(TenantProfile tenant, String lastName) {
        return in(
                tenant,
                () -> customers.save(Customer.person(
                        customers.nextNumber(), Customer.Stage.CUSTOMER, "Client", lastName, Instant.now())));
    }

    /** A staff user in Guichet's database only (no realm account): enough for the domain. */
    public User staff(TenantProfile tenant, String lastName) {
        return in(tenant, () -> {
            User user = User.staff(
                    lastName.toLowerCase() + "@" + tenant.slug() + ".test", "Agent", lastName, Instant.now());
            return users.save(user);
        });
    }

    public Actor actor(User user) {
        return new Actor(
                user.id(),
                user.displayName(),
                user.kind() == User.Kind.STAFF,
                user.customer().orElse(null));
    }

    public Actor customerActor(Customer customer) {
        return new Actor(null, customer.displayName(), false, customer.id());
    }

    /** A ticket the customer opened on the portal. */
    public Claim portalTicket(TenantProfile tenant, Customer customer, String title, String description) {
        return in(
                tenant,
                () -> desk.open(
                        Opening.byCustomer(Ticket.Channel.PORTAL, title, description, customer.id(), null, null, null),
                        customerActor(customer)));
    }

    public Claim reload(TenantProfile tenant, Claim ticket) {
        return in(tenant, () -> tickets.find(ticket.id()).orElseThrow());
    }

    /** The numbers of the tickets a search for these words finds, first page, as the query's reader sees them. */
    public List<String> found(TenantProfile tenant, TicketQuery query, String words) {
        return in(
                tenant,
                () -> reading.page(query.withText(words), Pageable.ofSize(10)).getContent().stream()
                        .map(Claim::number)
                        .toList());
    }
}
