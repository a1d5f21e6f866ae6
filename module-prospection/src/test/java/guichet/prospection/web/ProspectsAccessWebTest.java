package guichet.prospection.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.realms.RealmUsers;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The prospect list applies the user's customer access (seed 003): a sales representative sees his own prospects, an
 * administrator all of them, another tenant's staff none, nobody signed in nothing; a customer who opened his own
 * portal account is no prospect.
 */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProspectsAccessWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Customers customers;

    @Autowired
    RealmUsers realmUsers;

    @Autowired
    TransactionTemplate transactions;

    private TenantProfile tenant;
    private User alice;
    private User bruno;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("pro", "prospection");
        alice = accounts.staff(tenant, "alice", Role.SALES_REP);
        bruno = accounts.staff(tenant, "bruno", Role.SALES_REP);
        prospect(tenant, "Aicha", "Prospecta", alice);
        prospect(tenant, "Bilel", "Prospectb", bruno);
        prospect(tenant, "Nour", "Prospectn", null);
    }

    @Test
    void aSalesRepresentativeSeesOnlyHisOwnProspects() {
        String page = names(signedIn(tenant, alice));
        assertThat(page).contains("Prospecta").doesNotContain("Prospectb", "Prospectn");
        assertThat(names(signedIn(tenant, bruno))).contains("Prospectb").doesNotContain("Prospecta", "Prospectn");
    }

    @Test
    void anAdministratorSeesEveryProspect() {
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        assertThat(names(signedIn(tenant, admin))).contains("Prospecta", "Prospectb", "Prospectn");
    }

    @Test
    void anotherTenantsStaffSeesNoneOfThem() {
        TenantProfile other = tenants.create("prx", "prospection");
        User admin = accounts.staff(other, "admin", Role.TENANT_ADMIN);
        assertThat(names(signedIn(other, admin))).doesNotContain("Prospecta", "Prospectb", "Prospectn");
    }

    @Test
    void nobodySignedInIsSentToSignIn() {
        TenantHttp.Page page = http.tenant(tenant).get("/prospection");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.body()).doesNotContain("Prospecta");
    }

    @Test
    void aCustomerWhoOpenedHisOwnAccountIsNoProspect() {
        String email = "selfmade@" + tenant.slug() + ".test";
        String subject = realmUsers.create(
                tenant.slug(), new RealmUsers.NewAccount(email, "Sami", "Inscrit", TestAccounts.PASSWORD, true));
        realmUsers.setRoles(tenant.slug(), subject, Set.of(Role.CUSTOMER));
        TenantHttp.Client visitor = http.tenant(tenant);
        visitor.signIn(email, TestAccounts.PASSWORD);
        Customer registered = TenantContext.call(
                tenant.id(),
                () -> transactions.execute(
                        status -> customers.findByEmail(email).getFirst()));
        assertThat(registered.stage()).isEqualTo(Customer.Stage.CUSTOMER);

        User admin = accounts.staff(tenant, "admin2", Role.TENANT_ADMIN);
        assertThat(names(signedIn(tenant, admin))).contains("Prospectn").doesNotContain("Inscrit");
    }

    private TenantHttp.Client signedIn(TenantProfile where, User user) {
        TenantHttp.Client browser = http.tenant(where);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        return browser;
    }

    private static String names(TenantHttp.Client browser) {
        TenantHttp.Page page = browser.get("/prospection?size=100");
        assertThat(page.status()).isEqualTo(200);
        return page.html().select("main").text();
    }

    private void prospect(TenantProfile where, String first, String last, User rep) {
        TenantContext.run(
                where.id(),
                () -> transactions.executeWithoutResult(status -> {
                    Customer prospect = Customer.person(
                            customers.nextNumber(), Customer.Stage.PROSPECT, first, last, Instant.now());
                    if (rep != null) {
                        prospect.assignSalesRep(rep.id(), Instant.now());
                    }
                    customers.save(prospect);
                }));
    }
}
