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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims module's facts reach the statistics through the SPI, with the change that made them: a customer opens a
 * ticket through the API, staff resolve it, the customer rates it; once the kept facts are drained (here by the test,
 * not waited for), the figures count the ticket opened through the API by its author and customer, its resolution
 * time for that customer, and its rating; and a rebuild from the tickets counts the same.
 */
@PlatformTest
class ClaimFiguresWebTest {

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

        assertThat(TenantContext.call(tenant.id(), () -> rollups.drain())).isEqualTo(3);

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
        JsonNode rated = figure(api, adminToken, "claims.rated", "");
        assertThat(rated.get("total").get("total").get("total").asLong()).isEqualTo(4);
        assertThat(TenantContext.call(tenant.id(), () -> rollups.lag())).isZero();

        // A rebuild from the tickets as they stand counts what the facts of their changes counted.
        assertThat(TenantContext.call(tenant.id(), () -> rollups.rebuild())).isEqualTo(3);
        assertThat(figure(api, adminToken, "claims.opened", "author")).isEqualTo(byAuthor);
        assertThat(figure(api, adminToken, "claims.resolved", "customer")).isEqualTo(byCustomer);
        assertThat(figure(api, adminToken, "claims.rated", "")).isEqualTo(rated);
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
                api.getWithToken("/api/stats/figures/" + measure + "?period=day&dimension=" + dimension, token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return JSON.readTree(page.body());
    }
}
