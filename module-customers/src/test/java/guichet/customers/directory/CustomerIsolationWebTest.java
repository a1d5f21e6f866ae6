package guichet.customers.directory;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerNumber;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** One customer number in two tenants: each tenant's repository, page and API show only its own customer. */
@GuichetTest
class CustomerIsolationWebTest {

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

    @Test
    void eachTenantSeesOnlyItsOwnCustomerBehindTheSameNumber() {
        TenantProfile tunis = tenants.create("tun", "customers");
        TenantProfile cotonou = tenants.create("cot", "customers");
        CustomerNumber number = new CustomerNumber("C-7777");
        save(tunis, Customer.person(number, Customer.Stage.CUSTOMER, "Amira", "Ben Salah", Instant.now()));
        save(cotonou, Customer.person(number, Customer.Stage.CUSTOMER, "Koffi", "Adjovi", Instant.now()));

        String seenByRepository = TenantContext.call(
                tunis.id(),
                () -> transactions.execute(
                        status -> customers.findByNumber(number).orElseThrow().displayName()));
        assertThat(seenByRepository).isEqualTo("Amira Ben Salah");

        Document tunisPage = agentOf(tunis).get("/customers?number=c-7777").html();
        assertThat(tunisPage.select("#customer-results tbody tr")).hasSize(1);
        assertThat(tunisPage.select("#customer-results").text())
                .contains("Amira Ben Salah")
                .doesNotContain("Koffi");
        Document cotonouPage = agentOf(cotonou).get("/customers").html();
        assertThat(cotonouPage.select("#customer-results").text())
                .contains("Koffi Adjovi")
                .doesNotContain("Amira");

        TenantHttp.Page tunisApi = http.tenant(tunis).getWithToken("/api/customers/C-7777", tokenOf(tunis));
        assertThat(tunisApi.status()).isEqualTo(200);
        assertThat(tunisApi.body())
                .contains("\"displayName\":\"Amira Ben Salah\"")
                .doesNotContain("Koffi");
        TenantHttp.Page cotonouApi =
                http.tenant(cotonou).getWithToken("/api/customers?number=C-7777", tokenOf(cotonou));
        assertThat(cotonouApi.body())
                .contains("\"displayName\":\"Koffi Adjovi\"")
                .contains("\"total\":1");
    }

    @Test
    void aCustomerOfAnotherTenantIsNotFound() {
        TenantProfile owner = tenants.create("own", "customers");
        TenantProfile stranger = tenants.create("str", "customers");
        save(
                owner,
                Customer.person(
                        new CustomerNumber("ONLY-HERE"), Customer.Stage.CUSTOMER, null, "Dossou", Instant.now()));

        assertThat(http.tenant(stranger)
                        .getWithToken("/api/customers/ONLY-HERE", tokenOf(stranger))
                        .status())
                .isEqualTo(404);
        assertThat(agentOf(stranger).get("/customers?number=ONLY-HERE").html().select("#customer-results tbody tr"))
                .isEmpty();
        assertThat(http.tenant(owner)
                        .getWithToken("/api/customers/only-here", tokenOf(owner))
                        .status())
                .isEqualTo(200);
    }

    /**
     * An address whose identifier is not even of the right form (a customer number where the page expects its UUID, a
     * mangled wiki page id) names nothing: the not-found page, not « Une erreur est survenue »; the API answers 404.
     * A malformed query parameter is still a bad request.
     */
    @Test
    void anAddressWithAMalformedIdentifierIsNotFound() {
        TenantProfile tenant = tenants.create("mal", "customers");
        TenantHttp.Client agent = agentOf(tenant);
        for (String path :
                new String[] {"/customers/C0001001", "/customers/C0001001/wiki/x", "/customers/C0001001/edit"}) {
            TenantHttp.Page page = agent.get(path, "text/html");
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.html().select("h1").text()).as(path).isEqualTo("Page introuvable");
        }
        String token = tokenOf(tenant);
        TenantHttp.Page api = http.tenant(tenant).getWithToken("/api/customers/C0001001/wiki/not-a-page", token);
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(agent.get("/customers?page=x").status()).isNotEqualTo(404);
    }

    @Test
    void anInvalidNumberIsExplainedAndKept() {
        TenantProfile tenant = tenants.create("inv", "customers");
        Document page = agentOf(tenant).get("/customers?number=%3Cscript%3E").html();
        assertThat(page.select("#number-error").text()).startsWith("Un numéro client ne contient que");
        assertThat(page.select("#number").val()).isEqualTo("<script>");
        assertThat(http.tenant(tenant)
                        .getWithToken("/api/customers?number=%3Cx%3E", tokenOf(tenant))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void nobodySignedInSeesNoCustomer() {
        TenantProfile tenant = tenants.create("anon", "customers");
        assertThat(http.tenant(tenant).get("/customers").status()).isEqualTo(302);
        assertThat(http.tenant(tenant).get("/api/customers", "application/json").status())
                .isEqualTo(401);
    }

    private TenantHttp.Client agentOf(TenantProfile tenant) {
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        return browser;
    }

    private String tokenOf(TenantProfile tenant) {
        User agent = accounts.staff(tenant, "api", Role.AGENT);
        return accounts.accessToken(tenant, agent.email(), TestAccounts.PASSWORD);
    }

    private void save(TenantProfile tenant, Customer customer) {
        TenantContext.run(tenant.id(), () -> transactions.executeWithoutResult(status -> customers.save(customer)));
    }
}
