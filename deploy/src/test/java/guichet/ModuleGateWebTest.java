package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A module a tenant has not bought does not exist for it: pages, API and navigation, even for its administrator. */
@PlatformTest
class ModuleGateWebTest {

    private static final List<String> ALL_MODULES =
            List.of("customers", "claims", "quotes", "stats", "shops", "offers", "prospection");

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Test
    void everyDisguiseOfAModulePathIsRefused() {
        TenantProfile tenant = tenants.create("noshop", "customers");
        TenantHttp.Client admin = administrator(tenant);
        for (String path : List.of(
                "/shops", "/shops/", "/%73hops", "//shops", "/shops;x=1", "/api/shops/sites", "/api/%73hops/sites")) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(404);
        }
        TenantHttp.Page api = http.tenant(tenant).getWithToken("/api/shops/sites", token(tenant));
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("code");
    }

    @Test
    void grantingAndRevokingAModuleOpensAndClosesItAtOnce() {
        TenantProfile tenant = tenants.create("grant", "customers");
        TenantHttp.Client admin = administrator(tenant);
        assertThat(admin.get("/offers").status()).isEqualTo(404);
        assertThat(navigation(admin)).doesNotContain("Offres");

        catalog.grantModule(tenant.id(), "offers", ModuleOrigin.MANUAL);
        assertThat(admin.get("/offers").status()).isEqualTo(200);
        assertThat(http.tenant(tenant)
                        .getWithToken("/api/offers/products", token(tenant))
                        .status())
                .isEqualTo(200);
        assertThat(navigation(admin)).contains("Offres");

        catalog.revokeModule(tenant.id(), "offers");
        assertThat(admin.get("/offers").status()).isEqualTo(404);
        assertThat(navigation(admin)).doesNotContain("Offres");
    }

    @Test
    void everyModulePageAnswersForATenantThatHasIt() {
        TenantProfile tenant = tenants.create("all", ALL_MODULES.toArray(String[]::new));
        TenantHttp.Client admin = administrator(tenant);
        for (String path : List.of("/customers", "/claims", "/quotes", "/stats", "/shops", "/offers", "/prospection")) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
        }
        String token = token(tenant);
        for (String path : List.of(
                "/api/customers", "/api/claims", "/api/stats/summary", "/api/shops/sites", "/api/offers/products")) {
            assertThat(http.tenant(tenant).getWithToken(path, token).status())
                    .as(path)
                    .isEqualTo(200);
        }
    }

    @Test
    void modulePagesDoNotExistOnTheConsoleHost() {
        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        assertThat(owner.get("/customers").status()).isEqualTo(404);
        assertThat(owner.get("/api/customers").status()).isEqualTo(404);
    }

    private TenantHttp.Client administrator(TenantProfile tenant) {
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(admin.email(), TestAccounts.PASSWORD);
        return browser;
    }

    private String token(TenantProfile tenant) {
        return accounts.accessToken(tenant, "admin@" + tenant.slug() + ".test", TestAccounts.PASSWORD);
    }

    private static List<String> navigation(TenantHttp.Client visitor) {
        return visitor.get("/").html().select("#g-nav .navbar-nav.me-auto a").eachText();
    }
}
