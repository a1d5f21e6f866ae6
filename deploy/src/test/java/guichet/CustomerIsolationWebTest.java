package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerNumber;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** One customer number in two tenants: each tenant's repository, page and API show only its own customer. */
@PlatformTest
class CustomerIsolationWebTest {

    @Autowired
    TestTenants tenants;

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

        Document tunisPage = http.tenant(tunis).get("/customers?number=c-7777").html();
        assertThat(tunisPage.select("#customer-results tbody tr")).hasSize(1);
        assertThat(tunisPage.select("#customer-results").text())
                .contains("Amira Ben Salah")
                .doesNotContain("Koffi");
        Document cotonouPage = http.tenant(cotonou).get("/customers").html();
        assertThat(cotonouPage.select("#customer-results").text())
                .contains("Koffi Adjovi")
                .doesNotContain("Amira");

        TenantHttp.Page tunisApi = http.tenant(tunis).get("/api/customers/C-7777", "application/json");
        assertThat(tunisApi.status()).isEqualTo(200);
        assertThat(tunisApi.body())
                .contains("\"displayName\":\"Amira Ben Salah\"")
                .doesNotContain("Koffi");
        TenantHttp.Page cotonouApi = http.tenant(cotonou).get("/api/customers?number=C-7777", "application/json");
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
                        .get("/api/customers/ONLY-HERE", "application/json")
                        .status())
                .isEqualTo(404);
        assertThat(http.tenant(stranger)
                        .get("/customers?number=ONLY-HERE")
                        .html()
                        .select("#customer-results tbody tr"))
                .isEmpty();
        assertThat(http.tenant(owner)
                        .get("/api/customers/only-here", "application/json")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anInvalidNumberIsExplainedAndKept() {
        TenantProfile tenant = tenants.create("inv", "customers");
        Document page =
                http.tenant(tenant).get("/customers?number=%3Cscript%3E").html();
        assertThat(page.select("#number-error").text()).startsWith("Un numéro client ne contient que");
        assertThat(page.select("#number").val()).isEqualTo("<script>");
        assertThat(http.tenant(tenant)
                        .get("/api/customers?number=%3Cx%3E", "application/json")
                        .status())
                .isEqualTo(400);
    }

    private void save(TenantProfile tenant, Customer customer) {
        TenantContext.run(tenant.id(), () -> transactions.executeWithoutResult(status -> customers.save(customer)));
    }
}
