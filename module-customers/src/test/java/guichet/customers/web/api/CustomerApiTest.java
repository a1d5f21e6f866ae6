package guichet.customers.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The customers API: registering, changing, converting, selling and merging, with the pages' rules and access. */
@GuichetTest
@Import(CustomerFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerApiTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    private TenantProfile tenant;
    private String agent;
    private String rep;
    private TenantHttp.Client api;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("api", "customers");
        agent = fixtures.token(tenant, accounts.staff(tenant, "agent", Role.AGENT));
        User salesRep = accounts.staff(tenant, "rep", Role.SALES_REP);
        rep = fixtures.token(tenant, salesRep);
        api = http.tenant(tenant);
    }

    @Test
    void aProspectIsRegisteredChangedAndConverted() {
        TenantHttp.Page created = api.sendJsonWithToken("POST", "/api/customers", """
                {"stage": "PROSPECT", "firstName": "Yasmine", "lastName": "Chaabane",
                 "emails": ["yasmine@exemple.tn"], "phones": ["+216 22 333 444"],
                 "addresses": [{"line1": "3 rue de Marseille", "city": "Tunis", "country": "tn"}]}""", agent);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"stage\":\"PROSPECT\"", "\"country\":\"TN\"");
        String number = created.body().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");

        TenantHttp.Page changed = api.sendJsonWithToken("PUT", "/api/customers/" + number, """
                {"firstName": "Yasmine", "lastName": "Chaabane-Trabelsi", "segment": "Jeune", "consentSms": true}""", agent);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"displayName\":\"Yasmine Chaabane-Trabelsi\"", "\"consentSms\":true");

        TenantHttp.Page converted = api.sendJsonWithToken("POST", "/api/customers/" + number + "/convert", "", agent);
        assertThat(converted.body()).contains("\"stage\":\"CUSTOMER\"", "\"number\":\"" + number + "\"");
    }

    @Test
    void badInputIsRefusedWithEveryFieldAtFault() {
        TenantHttp.Page refused = api.sendJsonWithToken(
                "POST", "/api/customers", "{\"firstName\": \"Sans nom\", \"emails\": [\"faux\"]}", agent);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("\"lastName\":\"customers.error.lastName.required\"")
                .contains("\"emails\":\"customers.error.email.format\"");
    }

    @Test
    void aSaleThroughTheApiStoresTheSerialNumberUpperCase() {
        fixtures.product(tenant, "RTR-AX55", "Routeur Wi-Fi 6 AX55");
        Customer customer = fixtures.person(tenant, "Ali", "Mansour", "ali@exemple.tn", null);
        String seller = fixtures.token(tenant, accounts.staff(tenant, "seller", Role.SELLER));
        assertThat(api.getWithToken("/api/customers/products/choices?q=rt", seller)
                        .body())
                .contains("\"state\":\"TOO_SHORT\"");
        assertThat(api.getWithToken("/api/customers/products/choices?q=ax55", seller)
                        .body())
                .contains("\"state\":\"CHOICES\"", "RTR-AX55");
        TenantHttp.Page sold = api.sendJsonWithToken(
                "POST",
                "/api/customers/sales",
                "{\"customerNumber\": \"" + customer.number().value()
                        + "\", \"productCode\": \"RTR-AX55\", \"serialNumber\": \"tp55 0000 0000 123\"}",
                seller);
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        assertThat(sold.body()).contains("\"serialNumber\":\"TP5500000000123\"", "\"status\":\"DELIVERED\"");
        assertThat(api.getWithToken("/api/customers/" + customer.number().value() + "/sales", agent)
                        .body())
                .contains("TP5500000000123");
        TenantHttp.Page again = api.sendJsonWithToken(
                "POST",
                "/api/customers/sales",
                "{\"customerNumber\": \"" + customer.number().value()
                        + "\", \"productCode\": \"RTR-AX55\", \"serialNumber\": \"TP550000000012\"}",
                seller);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("\"serialNumber\":\"customers.error.serial.format\"");
    }

    @Test
    void twoRecordsAreMergedThroughTheApi() {
        Customer survivor = fixtures.person(tenant, "Salah", "Ben Amor", "salah@exemple.tn", null);
        Customer duplicate = fixtures.person(tenant, "Salah", "Benamor", "s.benamor@exemple.tn", null);
        String admin = fixtures.token(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        TenantHttp.Page merged = api.sendJsonWithToken(
                "POST",
                "/api/customers/" + survivor.number().value() + "/merge",
                "{\"duplicateNumber\": \"" + duplicate.number().value() + "\"}",
                admin);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.body())
                .contains(
                        "s.benamor@exemple.tn",
                        "\"mergedNumber\":\"" + duplicate.number().value());
        assertThat(fixtures.reload(tenant, duplicate).mergedInto()).contains(survivor.id());
    }

    @Test
    void aSalesRepCannotChangeOrSeeAnotherRepsCustomerThroughTheApi() {
        Customer other = fixtures.person(tenant, "Nour", "Jaziri", "nour@exemple.tn", null);
        assertThat(api.getWithToken("/api/customers/" + other.number().value(), rep)
                        .status())
                .isEqualTo(404);
        assertThat(api.sendJsonWithToken(
                                "PUT", "/api/customers/" + other.number().value(), "{\"lastName\": \"Pris\"}", rep)
                        .status())
                .isEqualTo(404);
        assertThat(api.sendJsonWithToken("POST", "/api/customers/sales", "{}", rep)
                        .status())
                .isEqualTo(403);
        assertThat(api.getWithToken("/api/customers/" + other.number().value(), "not-a-token")
                        .status())
                .isEqualTo(401);
    }
}
