package guichet.platform.routing;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.theming.Themes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GuichetTest
class TenantRoutingWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    Themes themes;

    @Autowired
    TestAccounts accounts;

    @Test
    void anUnknownHostGetsAPlainNotFoundPageThatNamesNoTenant() {
        TenantProfile existing = tenants.create("known");
        TenantHttp.Page page = http.host("nope.localhost").get("/");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().select("h1").text()).isEqualTo("Adresse inconnue");
        assertThat(page.body()).doesNotContain(existing.displayName()).doesNotContain(existing.slug());
        assertThat(page.html().select("a, link, script")).as("self-contained").isEmpty();

        TenantHttp.Page api = http.host("nope.localhost").get("/api/customers", "application/json");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theBaseHostServesTheConsoleNotATenant() {
        TenantProfile tenant = tenants.create("listed");
        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        TenantHttp.Page console = owner.get("/");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.html().select("h1").text()).isEqualTo("Organisations");
        assertThat(console.html().select("td a").eachText()).contains(tenant.slug());
    }

    @Test
    void eachTenantHomeShowsItsOwnNameAndTheme() {
        TenantProfile atlas = tenants.create("home", "atlas", Map.of());
        TenantProfile medina = tenants.create("home", "medina", Map.of());

        for (TenantProfile tenant : new TenantProfile[] {atlas, medina}) {
            TenantHttp.Page home = http.tenant(tenant).get("/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.html().select(".g-brand").text()).isEqualTo(tenant.displayName());
            assertThat(home.html().select("link[href=/theme.css]")).hasSize(1);
            String css = http.tenant(tenant).get("/theme.css").body();
            assertThat(css).contains("Theme " + tenant.theme());
            assertThat(css)
                    .contains("--g-primary: " + themes.get(tenant.theme()).colour("primary") + ";");
        }
        assertThat(themes.get("atlas").colour("primary"))
                .isNotEqualTo(themes.get("medina").colour("primary"));
    }

    @Test
    void aSuspendedTenantAnswers403UntilResumed() {
        TenantProfile tenant = tenants.create("susp");
        catalog.suspend(tenant.id());
        TenantHttp.Page suspended = http.tenant(tenant).get("/");
        assertThat(suspended.status()).isEqualTo(403);
        assertThat(suspended.html().select("h1").text()).isEqualTo("Espace suspendu");

        catalog.resume(tenant.id());
        assertThat(http.tenant(tenant).get("/").status()).isEqualTo(200);
    }

    @Test
    void aCustomDomainReachesItsTenant() {
        TenantProfile tenant = tenants.create("custom");
        String domain = "crm." + tenant.slug() + ".localhost";
        catalog.addCustomDomain(tenant.id(), domain);
        TenantHttp.Page home = http.host(domain).get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().select(".g-brand").text()).isEqualTo(tenant.displayName());
    }

    @Test
    void actuatorAnswersOnTheConsoleHostOnly() {
        TenantProfile tenant = tenants.create("act");
        assertThat(http.console().get("/actuator/health").body()).contains("UP");
        assertThat(http.tenant(tenant).get("/actuator/health").status()).isEqualTo(404);
    }

    @Test
    void consolePagesDoNotExistOnATenantHost() {
        TenantProfile tenant = tenants.create("noconsole");
        accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client admin = http.tenant(tenant);
        TenantHttp.Page landed = admin.signIn("admin@" + tenant.slug() + ".test", TestAccounts.PASSWORD);
        assertThat(landed.status()).as(landed.uri() + "\n" + landed.body()).isEqualTo(200);
        assertThat(admin.get("/tenants/new").status()).isEqualTo(404);
        assertThat(admin.get("/tenants/" + tenant.slug()).status()).isEqualTo(404);
    }

    @Test
    void theConsoleAsksForThePlatformOwner() {
        TenantHttp.Page anonymous = http.console().get("/");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
        TenantHttp.Page signIn = http.console().follow(anonymous);
        assertThat(signIn.uri().toString()).contains("/realms/platform/");
    }
}
