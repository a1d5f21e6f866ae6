package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.stats.rollup.Rollups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The modules' facts reach the statistics through the SPI, with the change that made them, and a rebuild from the
 * modules' records counts the same as the facts did. Claims: a customer opens a ticket through the API, staff resolve
 * it, the customer rates it; once the kept facts are drained (here by the test, not waited for), the figures count the
 * ticket opened through the API by its author and customer, its resolution time for that customer, its SLA and its
 * rating. Customers (seed 002, module 4: customers by category and age band, prospects): a sales representative
 * registers a prospect and converts him, an administrator registers a company and a sale; the figures count them by
 * category, stage at registration, age band and place, the conversion, and the sale by product and seller; each sales
 * representative counts his own customers only.
 */
@PlatformTest
class ModuleFiguresWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Rollups rollups;

    @Test
    void aTicketsOpeningResolutionAndRatingAreCountedOnceDrained() {
        TenantProfile tenant = tenants.create("cfw", "customers", "claims", "stats");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User client = accounts.customer(tenant, "client");
        String clientToken = accounts.accessToken(tenant, client.email(), TestAccounts.PASSWORD);
        String adminToken = accounts.accessToken(tenant, admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Client api = http.tenant(tenant);

        TenantHttp.Page opened = api.sendJsonWithToken(
                "POST",
                "/api/claims/my",
                "{\"title\":\"Ligne coupée\",\"description\":\"Plus de tonalité depuis hier.\"}",
                clientToken);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String number = JSON.readTree(opened.body()).get("ticket").get("number").asString();
        assertThat(api.sendJsonWithToken(
                                "POST", "/api/claims/" + number + "/status", "{\"action\":\"resolve\"}", adminToken)
                        .status())
                .isEqualTo(200);
        assertThat(api.sendJsonWithToken("POST", "/api/claims/my/" + number + "/rating", "{\"score\":4}", clientToken)
                        .status())
                .isEqualTo(200);

        assertThat(total(api, adminToken, "claims.opened", "")).isZero();
        assertThat(TenantContext.call(tenant.id(), () -> rollups.lag())).isPositive();

        // Opened, resolved, resolved within its SLA's deadline, rated.
        assertThat(TenantContext.call(tenant.id(), () -> rollups.drain())).isEqualTo(4);

        JsonNode byChannel = figure(api, adminToken, "claims.opened", "channel");
        assertThat(byChannel.get("rows").get(0).get("member").asString()).isEqualTo("API");
        assertThat(byChannel.get("rows").get(0).get("total").get("count").asLong())
                .isEqualTo(1);
        JsonNode byAuthor = figure(api, adminToken, "claims.opened", "author");
        assertThat(byAuthor.get("rows").get(0).get("member").asString())
                .isEqualTo(client.id().value().toString());
        assertThat(byAuthor.get("rows").get(0).get("name").asString()).isEqualTo(client.displayName());
        JsonNode byCustomer = figure(api, adminToken, "claims.resolved", "customer");
        assertThat(byCustomer.get("rows").get(0).get("member").asString())
                .isEqualTo(client.customer().orElseThrow().value().toString());
        assertThat(byCustomer.get("rows").get(0).get("total").get("count").asLong())
                .isEqualTo(1);
        JsonNode slaMet = figure(api, adminToken, "claims.sla-met", "");
        assertThat(slaMet.get("total").get("total").get("count").asLong()).isEqualTo(1);
        assertThat(slaMet.get("total").get("total").get("total").asLong()).isEqualTo(100);
        JsonNode rated = figure(api, adminToken, "claims.rated", "");
        assertThat(rated.get("total").get("total").get("total").asLong()).isEqualTo(4);
        assertThat(TenantContext.call(tenant.id(), () -> rollups.lag())).isZero();

        // A rebuild from the tickets as they stand counts what the facts of their changes counted.
        TenantContext.call(tenant.id(), () -> rollups.rebuild());
        assertThat(figure(api, adminToken, "claims.opened", "author")).isEqualTo(byAuthor);
        assertThat(figure(api, adminToken, "claims.resolved", "customer")).isEqualTo(byCustomer);
        assertThat(figure(api, adminToken, "claims.rated", "")).isEqualTo(rated);
    }

    @Test
    void registrationsAndConversionsAreCountedByCategoryStageAgeAndPlaceWithinEachRepresentativesCustomers() {
        TenantProfile tenant = tenants.create("cuf", "customers", "stats");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User alice = accounts.staff(tenant, "alice", Role.SALES_REP);
        User bruno = accounts.staff(tenant, "bruno", Role.SALES_REP);
        String adminToken = accounts.accessToken(tenant, admin.email(), TestAccounts.PASSWORD);
        String aliceToken = accounts.accessToken(tenant, alice.email(), TestAccounts.PASSWORD);
        String brunoToken = accounts.accessToken(tenant, bruno.email(), TestAccounts.PASSWORD);
        TenantHttp.Client api = http.tenant(tenant);
        int born = LocalDate.now().getYear() - 30;

        TenantHttp.Page amel = api.sendJsonWithToken(
                "POST",
                "/api/customers",
                "{\"kind\":\"NATURAL_PERSON\",\"stage\":\"PROSPECT\",\"firstName\":\"Amel\",\"lastName\":\"Ben Ali\","
                        + "\"birthDate\":\"" + born + "-01-15\",\"segment\":\"Jeunes actifs\","
                        + "\"addresses\":[{\"line1\":\"12 rue de Tunis\",\"city\":\"Sfax\"}]}",
                aliceToken);
        assertThat(amel.status()).as(amel.body()).isEqualTo(201);
        String number = JSON.readTree(amel.body()).get("number").asString();
        assertThat(api.sendJsonWithToken("POST", "/api/customers/" + number + "/convert", "{}", aliceToken)
                        .status())
                .isEqualTo(200);
        assertThat(api.sendJsonWithToken(
                                "POST",
                                "/api/customers",
                                "{\"kind\":\"LEGAL_PERSON\",\"companyName\":\"Sfax Logistique\"}",
                                adminToken)
                        .status())
                .isEqualTo(201);

        assertThat(api.sendJsonWithToken(
                                "POST",
                                "/api/customers/products",
                                "{\"code\":\"DATA-4G\",\"name\":\"Forfait 4G\",\"kind\":\"SERVICE\",\"onSale\":true}",
                                adminToken)
                        .status())
                .isEqualTo(201);
        TenantHttp.Page sold = api.sendJsonWithToken(
                "POST",
                "/api/customers/sales",
                "{\"customerNumber\":\"" + number + "\",\"productCode\":\"DATA-4G\",\"ordered\":true}",
                adminToken);
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);

        // Two registrations, Amel's share in the conversion rate (a 0, withdrawn for a 100 when she is converted),
        // her conversion and the sale.
        assertThat(TenantContext.call(tenant.id(), () -> rollups.drain())).isEqualTo(7);

        assertThat(members(api, adminToken, "customers.registered", "kind"))
                .containsExactlyInAnyOrder("Personne physique 1", "Personne morale 1");
        assertThat(members(api, adminToken, "customers.registered", "stage"))
                .containsExactlyInAnyOrder("Prospect 1", "Client 1");
        assertThat(members(api, adminToken, "customers.registered", "age")).containsExactly("26 à 35 ans 1");
        assertThat(members(api, adminToken, "customers.registered", "region")).containsExactly("Sfax 1");
        assertThat(members(api, adminToken, "customers.converted", "kind")).containsExactly("Personne physique 1");

        assertThat(members(api, aliceToken, "customers.registered", "kind")).containsExactly("Personne physique 1");
        assertThat(members(api, brunoToken, "customers.registered", "kind")).isEmpty();
        assertThat(members(api, adminToken, "customers.sold", "product")).containsExactly("Forfait 4G 1");
        assertThat(members(api, aliceToken, "customers.sold", "seller")).containsExactly(admin.displayName() + " 1");
        assertThat(members(api, brunoToken, "customers.sold", "product")).isEmpty();

        List<String> before = members(api, adminToken, "customers.registered", "stage");
        TenantContext.call(tenant.id(), () -> rollups.rebuild());
        assertThat(members(api, adminToken, "customers.registered", "stage")).isEqualTo(before);
    }

    /** A figure's rows as « name count ». */
    private static List<String> members(TenantHttp.Client api, String token, String measure, String dimension) {
        List<String> members = new ArrayList<>();
        for (JsonNode row : figure(api, token, measure, dimension).get("rows")) {
            members.add(row.get("name").asString() + " "
                    + row.get("total").get("count").asLong());
        }
        return members;
    }

    private static long total(TenantHttp.Client api, String token, String measure, String dimension) {
        return figure(api, token, measure, dimension)
                .get("total")
                .get("total")
                .get("count")
                .asLong();
    }

    private static JsonNode figure(TenantHttp.Client api, String token, String measure, String dimension) {
        TenantHttp.Page page =
                api.getWithToken("/api/stats/figures/" + measure + "?period=month&dimension=" + dimension, token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return JSON.readTree(page.body());
    }
}
