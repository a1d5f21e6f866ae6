package guichet.customers.privacy;

import static guichet.customers.CustomerFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerAnonymised;
import guichet.customers.CustomerFixtures;
import guichet.platform.catalog.Product;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import guichet.platform.sales.SerialNumber;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A customer's personal data: exported whole as JSON and PDF, anonymised on request keeping what statistics need. */
@GuichetTest
@Import(CustomerFixtures.class)
class PrivacyWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Customers customers;

    @Autowired
    Sales sales;

    @Autowired
    Users users;

    @Test
    void everythingHeldAboutACustomerIsExportedAsJsonAndPdf() {
        TenantProfile tenant = tenants.create("prv", "customers");
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        Customer customer = withPurchase(tenant, fixtures.person(tenant, "Rania", "Gharbi", "rania@exemple.tn", null));
        TenantHttp.Page json = admin.get("/customers/" + customer.id() + "/personal-data.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Disposition"))
                .contains("customer-" + customer.number().value() + ".json");
        assertThat(json.body()).contains("\"lastName\":\"Gharbi\"", "rania@exemple.tn", "MOD-1", "MOD000000000001");
        TenantHttp.Page pdf = admin.get("/customers/" + customer.id() + "/personal-data.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(admin.get("/customers/" + customer.id())
                        .html()
                        .select("#history ~ ul")
                        .text())
                .contains("Données exportées");
    }

    @Autowired
    guichet.platform.realms.RealmUsers realmUsers;

    @Test
    void aCustomerAnonymisedOnRequestKeepsOnlyWhatStatisticsNeed() {
        TenantProfile tenant = tenants.create("prva", "customers");
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        User account = accounts.customer(tenant, "oubliez-moi");
        Customer customer = fixtures.in(tenant, () -> {
            Customer c = customers.find(account.customer().orElseThrow()).orElseThrow();
            c.classify("VIP", Instant.now());
            return c;
        });
        withPurchase(tenant, customer);
        String path = "/customers/" + customer.id();
        TenantHttp.Page refused = admin.postForm(path + "/anonymise", form(admin, path + "/privacy"));
        assertThat(refused.header("Location")).endsWith(path + "/privacy");
        assertThat(fixtures.reload(tenant, customer).isAnonymised()).isFalse();

        TenantHttp.Page done = admin.postForm(path + "/anonymise", form(admin, path + "/privacy", "confirmed", "true"));
        assertThat(done.status()).isEqualTo(302);
        Customer now = fixtures.reload(tenant, customer);
        assertThat(now.isAnonymised()).isTrue();
        assertThat(now.displayName()).isEqualTo("Anonyme " + customer.number().value());
        assertThat(now.contacts()).isEmpty();
        assertThat(now.segment()).isEqualTo("VIP");
        assertThat(now.stage()).isEqualTo(Customer.Stage.CUSTOMER);
        assertThat(fixtures.salesOf(tenant, customer)).hasSize(1);
        User erased = fixtures.in(tenant, () -> users.find(account.id()).orElseThrow());
        assertThat(erased.active()).isFalse();
        assertThat(erased.email()).doesNotContain("oubliez-moi");
        assertThat(erased.displayName()).doesNotContain("oubliez-moi");
        assertThat(erased.identitySubject()).isEmpty();
        assertThat(realmUsers.findByEmail(tenant.slug(), account.email()))
                .as("his user in the tenant's realm")
                .isEmpty();
        assertThat(fixtures.events().stream()
                        .filter(CustomerAnonymised.class::isInstance)
                        .map(CustomerAnonymised.class::cast))
                .anySatisfy(e -> assertThat(e.customer()).isEqualTo(customer.id()));
        String page = admin.get(path).body();
        assertThat(page).doesNotContain("oubliez-moi").contains("Données anonymisées");
        assertThat(admin.get(path + "/edit").status()).isEqualTo(400);
    }

    @Test
    void onlyTheAdministratorAnonymisesAndASalesRepExportsOnlyHisCustomers() {
        TenantProfile tenant = tenants.create("prvr", "customers");
        User rep = accounts.staff(tenant, "rep", Role.SALES_REP);
        Customer his = fixtures.person(tenant, "Omar", "Saidi", "omar@exemple.tn", rep);
        Customer other = fixtures.person(tenant, "Lina", "Saidi", "lina@exemple.tn", null);
        TenantHttp.Client salesRep = fixtures.signedIn(tenant, rep);
        assertThat(salesRep.get("/customers/" + his.id() + "/personal-data.json")
                        .status())
                .isEqualTo(200);
        assertThat(salesRep.get("/customers/" + other.id() + "/personal-data.json")
                        .status())
                .isEqualTo(404);
        String token = fixtures.token(tenant, rep);
        assertThat(salesRep.getWithToken("/api/customers/" + other.number().value() + "/personal-data", token)
                        .status())
                .isEqualTo(404);
        String path = "/customers/" + his.id();
        assertThat(salesRep.postForm(path + "/anonymise", form(salesRep, path, "confirmed", "true"))
                        .status())
                .isEqualTo(403);
        TenantHttp.Client agent = fixtures.staff(tenant, "agent", Role.AGENT);
        assertThat(agent.get(path + "/personal-data.json").status()).isEqualTo(403);
        assertThat(fixtures.reload(tenant, his).isAnonymised()).isFalse();
    }

    private Customer withPurchase(TenantProfile tenant, Customer customer) {
        Product product = fixtures.product(tenant, "MOD-1", "Modem");
        fixtures.in(
                tenant,
                () -> sales.save(Sale.delivered(
                        customer.id(),
                        product.id(),
                        new SerialNumber("MOD000000000001"),
                        LocalDate.of(2026, 1, 2),
                        null,
                        null,
                        Instant.now())));
        return customer;
    }
}
