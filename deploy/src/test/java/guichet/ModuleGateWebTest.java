package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A module a tenant has not bought does not exist for it: pages, API and navigation. */
@PlatformTest
class ModuleGateWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Test
    void everyDisguiseOfAModulePathIsRefused() {
        TenantHttp.Client without = http.tenant(tenants.create("noshop", "customers"));
        for (String path : List.of(
                "/shops", "/shops/", "/%73hops", "//shops", "/shops;x=1", "/api/shops/sites", "/api/%73hops/sites")) {
            assertThat(without.get(path).status()).as(path).isEqualTo(404);
        }
        TenantHttp.Page api = without.get("/api/shops/sites", "application/json");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("code");
    }

    @Test
    void grantingAndRevokingAModuleOpensAndClosesItAtOnce() {
        TenantProfile tenant = tenants.create("grant", "customers");
        TenantHttp.Client visitor = http.tenant(tenant);
        assertThat(visitor.get("/offers").status()).isEqualTo(404);
        assertThat(navigation(visitor)).doesNotContain("Offres");

        catalog.grantModule(tenant.id(), "offers", ModuleOrigin.MANUAL);
        assertThat(visitor.get("/offers").status()).isEqualTo(200);
        assertThat(visitor.get("/api/offers/products", "application/json").status())
                .isEqualTo(200);
        assertThat(navigation(visitor)).contains("Offres");

        catalog.revokeModule(tenant.id(), "offers");
        assertThat(visitor.get("/offers").status()).isEqualTo(404);
        assertThat(navigation(visitor)).doesNotContain("Offres");
    }

    @Test
    void everyModulePageAnswersForATenantThatHasIt() {
        TenantHttp.Client visitor = http.tenant(
                tenants.create("all", "customers", "claims", "quotes", "stats", "shops", "offers", "prospection"));
        for (String path : List.of(
                "/customers",
                "/claims",
                "/quotes",
                "/stats",
                "/shops",
                "/offers",
                "/prospection",
                "/api/customers",
                "/api/claims",
                "/api/stats/summary",
                "/api/shops/sites",
                "/api/offers/products")) {
            assertThat(visitor.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void modulePagesDoNotExistOnTheConsoleHost() {
        assertThat(http.console().get("/customers").status()).isEqualTo(404);
        assertThat(http.console().get("/api/customers").status()).isEqualTo(404);
    }

    private static List<String> navigation(TenantHttp.Client visitor) {
        return visitor.get("/").html().select("#g-nav .navbar-nav.me-auto a").eachText();
    }
}
