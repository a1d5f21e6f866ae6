package guichet.shops.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Who reaches which shops page and endpoint: anyone the store locator, staff the sites, administrators the changes;
 * a customer, a visitor, a role without the permission, another tenant's site and a tenant without the module are
 * refused — 404 for what is out of reach, 403 for a missing permission, sign-in or 401 anonymously.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopsAccessWebTest {

    /** Every staff page of the module, as a visitor would open it. */
    private static final List<String> STAFF_PAGES = List.of(
            "/shops",
            "/shops/sites/TUN-01",
            "/shops/sites/new",
            "/shops/sites/TUN-01/edit",
            "/shops/settings",
            "/shops/referential");

    /** Every change the module accepts, each a form post. */
    private static final List<String> CHANGES = List.of(
            "/shops/sites",
            "/shops/sites/TUN-01",
            "/shops/sites/TUN-01/close",
            "/shops/sites/TUN-01/reopen",
            "/shops/sites/TUN-01/hours",
            "/shops/sites/TUN-01/special-days",
            "/shops/sites/TUN-01/services",
            "/shops/settings/services",
            "/shops/settings/map",
            "/shops/referential/partners",
            "/shops/referential/structures",
            "/shops/referential/services");

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TestAccounts accounts;

    private TenantProfile atlas;
    private TenantProfile medina;
    private TenantProfile poste;

    @BeforeAll
    void tenants() {
        atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        medina = catalog.find(new TenantId("medina")).orElseThrow();
        poste = catalog.find(new TenantId("poste")).orElseThrow();
    }

    @Test
    void aVisitorNotSignedInFindsShopsButIsSentToSignInForTheRest() {
        TenantHttp.Client visitor = http.tenant(atlas);
        assertThat(visitor.get("/shops/locator").status()).isEqualTo(200);
        assertThat(visitor.get("/api/shops/nearest?lat=36.8&lon=10.18", "application/json")
                        .status())
                .isEqualTo(200);
        for (String path : STAFF_PAGES) {
            TenantHttp.Page page = visitor.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.header("Location")).as(path).endsWith("/login");
        }
        for (String path : List.of("/api/shops/sites", "/api/shops/sites/TUN-01")) {
            assertThat(visitor.get(path, "application/json").status()).as(path).isEqualTo(401);
        }
        for (String path : CHANGES) {
            assertThat(visitor.postForm(path, Map.of("name", "x")).status())
                    .as(path)
                    .isIn(302, 403);
        }
    }

    @Test
    void aTenantWithoutTheModuleAnswers404EvenForTheLocator() {
        TenantHttp.Client visitor = http.tenant(medina);
        assertThat(visitor.get("/shops/locator").status()).isEqualTo(404);
        assertThat(visitor.get("/api/shops/nearest?lat=34&lon=-5", "application/json")
                        .status())
                .isEqualTo(404);
        TenantHttp.Client admin = signedIn(medina, "admin@medina.demo");
        for (String path : STAFF_PAGES) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(admin.get("/shops/locator").status()).isEqualTo(404);
        String token = accounts.accessToken(medina, "admin@medina.demo", "demo");
        assertThat(admin.getWithToken("/api/shops/sites", token).status()).isEqualTo(404);
    }

    @Test
    void aCustomerFindsShopsButNoStaffPage() {
        TenantHttp.Client customer = signedIn(atlas, "customer@atlas.demo");
        assertThat(customer.get("/shops/locator").status()).isEqualTo(200);
        for (String path : STAFF_PAGES) {
            assertThat(customer.get(path).status()).as(path).isEqualTo(403);
        }
        String token = accounts.accessToken(atlas, "customer@atlas.demo", "demo");
        assertThat(customer.getWithToken("/api/shops/sites", token).status()).isEqualTo(403);
    }

    @Test
    void staffSeeTheSitesButOnlyAdministratorsChangeThem() {
        for (String email : List.of("agent@atlas.demo", "sales@atlas.demo", "seller@atlas.demo")) {
            TenantHttp.Client staff = signedIn(atlas, email);
            assertThat(staff.get("/shops").status()).as(email).isEqualTo(200);
            assertThat(staff.get("/shops/sites/TUN-01").status()).as(email).isEqualTo(200);
            assertThat(staff.get("/shops/referential").status()).as(email).isEqualTo(200);
            for (String path : List.of("/shops/sites/new", "/shops/sites/TUN-01/edit", "/shops/settings")) {
                assertThat(staff.get(path).status()).as(email + " " + path).isEqualTo(403);
            }
            String csrf = staff.csrfToken("/shops");
            for (String path : CHANGES) {
                assertThat(staff.postForm(path, Map.of("name", "x", "_csrf", csrf))
                                .status())
                        .as(email + " " + path)
                        .isEqualTo(403);
            }
            String token = accounts.accessToken(atlas, email, "demo");
            assertThat(staff.getWithToken("/api/shops/sites/TUN-01", token).status())
                    .as(email)
                    .isEqualTo(200);
        }
        TenantHttp.Client admin = signedIn(atlas, "admin@atlas.demo");
        for (String path : STAFF_PAGES) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void anotherTenantsSitesAndTokensDoNotCross() {
        TenantHttp.Client atlasAdmin = signedIn(atlas, "admin@atlas.demo");
        assertThat(atlasAdmin.get("/shops/sites/COT-01").status()).isEqualTo(404);
        assertThat(atlasAdmin.get("/shops").body()).doesNotContain("COT-01", "Cotonou");
        assertThat(http.tenant(atlas)
                        .get("/api/shops/nearest?lat=6.37&lon=2.39", "application/json")
                        .body())
                .doesNotContain("COT-01")
                .contains("TUN-01");

        String atlasToken = accounts.accessToken(atlas, "admin@atlas.demo", "demo");
        assertThat(http.tenant(poste)
                        .getWithToken("/api/shops/sites", atlasToken)
                        .status())
                .isEqualTo(401);
        TenantHttp.Client posteAdmin = signedIn(poste, "admin@poste.demo");
        assertThat(posteAdmin.get("/shops/sites/TUN-01").status()).isEqualTo(404);
    }

    private TenantHttp.Client signedIn(TenantProfile tenant, String email) {
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(email, "demo");
        return client;
    }
}
