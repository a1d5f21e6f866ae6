package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.ModuleState;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A module whose entitlement is read-only answers every reading (pages, lists, exports) with a banner saying why, and
 * refuses every change, page or API, in the request path: no module has code of its own for it. A cancelled module
 * leaves the menus and the routes while its entitlement, and so its data, is kept.
 */
@PlatformTest
class ReadOnlyGateWebTest {

    private static final Map<String, String> PRODUCT =
            Map.of("code", "RO-1", "name", "Routeur lecture seule", "unitPrice", "10");

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Test
    void aReadOnlyModuleStillShowsAndExportsItsDataWithABannerSayingWhy() {
        TenantProfile tenant = tenants.create("roread", "customers", "claims");
        TenantHttp.Client admin = administrator(tenant);
        assertThat(admin.get("/customers/products").html().select("#g-read-only"))
                .isEmpty();

        catalog.changeModuleState(tenant.id(), "customers", ModuleState.READ_ONLY);
        catalog.changeModuleState(tenant.id(), "claims", ModuleState.READ_ONLY);

        TenantHttp.Page products = admin.get("/customers/products");
        assertThat(products.status()).isEqualTo(200);
        assertThat(products.html().select("#g-read-only").text()).contains("abonnement à ce module n'est pas réglé");
        TenantHttp.Page export = admin.get("/claims/export.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).contains("csv");
        assertThat(admin.get("/").html().select("#g-read-only"))
                .as("home is no module")
                .isEmpty();
        assertThat(navigation(admin)).contains("Clients");
    }

    @Test
    void everyChangeToAReadOnlyModuleIsRefusedUntilItIsActiveAgain() {
        TenantProfile tenant = tenants.create("rowrite", "customers");
        TenantHttp.Client admin = administrator(tenant);
        catalog.changeModuleState(tenant.id(), "customers", ModuleState.READ_ONLY);

        TenantHttp.Page refused = admin.postForm("/customers/products", withCsrf(admin));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html().select("h1").text()).isEqualTo("Module en lecture seule");
        TenantHttp.Page api = http.tenant(tenant)
                .sendJsonWithToken(
                        "POST",
                        "/api/customers/products",
                        "{\"code\":\"RO-2\",\"name\":\"Modem\"}",
                        accounts.accessToken(tenant, "admin@" + tenant.slug() + ".test", TestAccounts.PASSWORD));
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"title\":\"Read Only\"").contains("exportables");
        assertThat(admin.get("/customers/products").body()).doesNotContain("RO-1");

        catalog.changeModuleState(tenant.id(), "customers", ModuleState.ACTIVE);
        TenantHttp.Page saved = admin.postForm("/customers/products", withCsrf(admin));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/customers/products").body()).contains("RO-1");
    }

    @Test
    void aCancelledModuleLeavesTheMenusAndRoutesButKeepsItsEntitlement() {
        TenantProfile tenant = tenants.create("rocancel", "customers", "offers");
        TenantHttp.Client admin = administrator(tenant);
        assertThat(navigation(admin)).contains("Offres");

        TenantProfile cancelled = catalog.changeModuleState(tenant.id(), "offers", ModuleState.CANCELLED);

        assertThat(admin.get("/offers").status()).isEqualTo(404);
        assertThat(navigation(admin)).doesNotContain("Offres");
        assertThat(cancelled.modules()).containsExactly("customers");
        assertThat(cancelled.entitlement("offers")).hasValueSatisfying(entitlement -> {
            assertThat(entitlement.origin()).isEqualTo(ModuleOrigin.MANUAL);
            assertThat(entitlement.state()).isEqualTo(ModuleState.CANCELLED);
        });
    }

    private static Map<String, String> withCsrf(TenantHttp.Client browser) {
        Map<String, String> fields = new java.util.HashMap<>(PRODUCT);
        fields.put("_csrf", browser.csrfToken("/customers/products/new"));
        return fields;
    }

    private TenantHttp.Client administrator(TenantProfile tenant) {
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(admin.email(), TestAccounts.PASSWORD);
        return browser;
    }

    private static List<String> navigation(TenantHttp.Client visitor) {
        return visitor.get("/").html().select("#g-nav .navbar-nav.me-auto a").eachText();
    }
}
