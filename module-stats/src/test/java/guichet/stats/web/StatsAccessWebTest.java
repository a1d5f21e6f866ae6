package guichet.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The headline figures count what the viewer may see (seed 003): a sales representative his own customers, prospects
 * and their tickets, on the statistics page and through the API; an administrator the whole tenant.
 */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsAccessWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Customers customers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private TenantProfile tenant;
    private User alice;
    private User admin;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("sta", "stats");
        alice = accounts.staff(tenant, "alice", Role.SALES_REP);
        User bruno = accounts.staff(tenant, "bruno", Role.SALES_REP);
        admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        Customer anne = customer(Customer.Stage.CUSTOMER, "Anne", alice);
        customer(Customer.Stage.PROSPECT, "Amel", alice);
        Customer basile = customer(Customer.Stage.CUSTOMER, "Basile", bruno);
        customer(Customer.Stage.CUSTOMER, "Bassem", bruno);
        customer(Customer.Stage.PROSPECT, "Bochra", bruno);
        customer(Customer.Stage.PROSPECT, "Nadia", null);
        ticket(anne, false);
        ticket(basile, false);
        ticket(basile, true);
        ticket(null, false);
    }

    @Test
    void aSalesRepresentativeCountsOnlyHisOwnCustomersAndTheirTickets() {
        assertThat(api(alice)).contains("\"customers\":1", "\"prospects\":1", "\"openTickets\":1", "\"tickets\":1");
        assertThat(figures(alice)).containsExactly("1", "1", "1", "1");
    }

    @Test
    void anAdministratorCountsTheWholeTenant() {
        assertThat(api(admin)).contains("\"customers\":3", "\"prospects\":3", "\"openTickets\":3", "\"tickets\":4");
        assertThat(figures(admin)).containsExactly("3", "3", "3", "4");
    }

    private String api(User user) {
        TenantHttp.Page page = http.tenant(tenant)
                .getWithToken("/api/stats/summary", accounts.accessToken(tenant, user.email(), TestAccounts.PASSWORD));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    /** The page's customers, prospects, open tickets and tickets, as shown. */
    private List<String> figures(User user) {
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        Document page = browser.get("/stats").html();
        return page.select("dd").stream().limit(4).map(dd -> dd.text().strip()).toList();
    }

    private Customer customer(Customer.Stage stage, String name, User rep) {
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status -> {
                    Customer customer = Customer.person(customers.nextNumber(), stage, null, name, Instant.now());
                    if (rep != null) {
                        customer.assignSalesRep(rep.id(), Instant.now());
                    }
                    return customers.save(customer);
                }));
    }

    private void ticket(Customer customer, boolean closed) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into " + tenant.id().schemaName()
                        + ".core_ticket (id, number, title, status, priority, customer_id, created_at, updated_at,"
                        + " closed_at) values (?, ?, 'Panne', 'NEW', 'NORMAL', ?, ?, ?, ?)",
                UUID.randomUUID(),
                "T-" + UUID.randomUUID().toString().substring(0, 8),
                customer == null ? null : customer.id().value(),
                now,
                now,
                closed ? now : null);
    }
}
