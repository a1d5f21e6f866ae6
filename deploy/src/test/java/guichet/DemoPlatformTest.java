package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** What a new user sees after the run command: the console and six demo tenants, each with its own face and accounts. */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class DemoPlatformTest {

    static final List<String> DEMO = List.of("atlas", "medina", "poste", "sav", "helpdesk", "distrib");
    static final String PASSWORD = "demo";

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TenantHttp http;

    @Test
    void sixDemoTenantsWithDistinctThemesAndModuleSets() {
        List<TenantProfile> demo = DEMO.stream().map(this::tenant).toList();
        assertThat(demo).extracting(TenantProfile::theme).doesNotHaveDuplicates();
        assertThat(tenant("atlas").modules())
                .containsExactlyInAnyOrder("customers", "claims", "quotes", "stats", "shops", "offers", "prospection");
        assertThat(tenant("medina").modules()).containsExactlyInAnyOrder("customers", "claims", "stats");
        TenantHttp.Client owner = http.console();
        owner.signIn("owner@platform.demo", PASSWORD);
        Document console = owner.get("/").html();
        assertThat(console.select("td a").eachText()).containsAll(DEMO);
        assertThat(console.select("tr:has(a[href='/tenants/medina']) td.small")
                        .first()
                        .text())
                .isEqualTo("Clients et prospects (attribué par l'exploitant), Réclamations et tickets (attribué par"
                        + " l'exploitant), Statistiques et tableaux de bord (attribué par l'exploitant)");
        assertThat(console.select("#module-revenue tbody th").eachText())
                .contains("Réclamations et tickets", "Boutiques et stocks");
    }

    @Test
    void eachTenantsHomePageShowsItsOwnNameAndTheme() {
        for (String slug : DEMO) {
            TenantProfile tenant = tenant(slug);
            Document home = http.tenant(tenant).get("/").html();
            assertThat(home.select(".g-brand").text()).as(slug).isEqualTo(tenant.displayName());
            assertThat(http.tenant(tenant).get("/theme.css").body()).as(slug).contains("/* Theme " + slug + " (");
        }
    }

    @Test
    void everyDemoAccountSignsInToItsOwnTenant() {
        for (String slug : DEMO) {
            for (String who : List.of("admin", "agent", "sales", "seller", "customer")) {
                TenantHttp.Client browser = http.tenant(tenant(slug));
                TenantHttp.Page landed = browser.signIn(who + "@" + slug + ".demo", PASSWORD);
                assertThat(landed.uri().getHost()).as(who + "@" + slug).isEqualTo(slug + ".localhost");
                assertThat(browser.get("/account").status())
                        .as(who + "@" + slug)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void unknownHostsAndModulesNotBoughtAnswer404() {
        assertThat(http.host("nope.localhost").get("/").status()).isEqualTo(404);
        assertThat(admin("medina").get("/shops").status()).isEqualTo(404);
        assertThat(admin("atlas").get("/shops").status()).isEqualTo(200);
        assertThat(http.tenant(tenant("medina")).get("/shops").status())
                .as("even anonymous")
                .isEqualTo(404);
    }

    @Test
    void eachTenantCallsItsRequestsByItsOwnName() {
        assertThat(navigation("distrib")).contains("Demandes d'assistance").doesNotContain("Réclamations");
        assertThat(navigation("poste")).contains("Demandes client");
        assertThat(navigation("helpdesk")).contains("Tickets");
        assertThat(navigation("atlas")).contains("Réclamations");
        assertThat(admin("distrib").get("/claims").html().select("h1").text()).isEqualTo("Demandes d'assistance");
    }

    @Test
    void theNavigationShowsOnlyTheModulesATenantHasAndTheUserMay() {
        assertThat(navigation("medina"))
                .containsExactly(
                        "Accueil",
                        "Clients",
                        "Vendre",
                        "Réclamations",
                        "Statistiques",
                        "Utilisateurs",
                        "Historique",
                        "Paramètres",
                        "Abonnement");
        TenantHttp.Client customer = http.tenant(tenant("atlas"));
        customer.signIn("customer@atlas.demo", PASSWORD);
        assertThat(customer.get("/")
                        .html()
                        .select("#g-nav .navbar-nav.me-auto a")
                        .eachText())
                .containsExactly(
                        "Accueil",
                        "Mes produits",
                        "Mes fiches",
                        "Mes réclamations",
                        "Mes devis",
                        "Mes factures",
                        "Demander un devis",
                        "Forum d'aide");
    }

    private List<String> navigation(String slug) {
        return admin(slug)
                .get("/")
                .html()
                .select("#g-nav .navbar-nav.me-auto a")
                .eachText();
    }

    private TenantHttp.Client admin(String slug) {
        TenantHttp.Client browser = http.tenant(tenant(slug));
        browser.signIn("admin@" + slug + ".demo", PASSWORD);
        return browser;
    }

    private TenantProfile tenant(String slug) {
        return catalog.find(new TenantId(slug)).orElseThrow();
    }
}
