package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** What a new user sees after the run command: the console and six demo tenants, each with its own face. */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class DemoPlatformTest {

    private static final List<String> DEMO = List.of("atlas", "medina", "poste", "sav", "helpdesk", "distrib");

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TenantHttp http;

    @Test
    void sixDemoTenantsWithDistinctThemesAndModuleSets() {
        List<TenantProfile> demo = DEMO.stream().map(slug -> tenant(slug)).toList();
        assertThat(demo).extracting(TenantProfile::theme).doesNotHaveDuplicates();
        assertThat(tenant("atlas").modules().keySet())
                .containsExactlyInAnyOrder("customers", "claims", "quotes", "stats", "shops", "offers", "prospection");
        assertThat(tenant("medina").modules().keySet()).containsExactlyInAnyOrder("customers", "claims", "stats");
        assertThat(http.console().get("/").html().select("td a").eachText()).containsAll(DEMO);
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
    void unknownHostsAndModulesNotBoughtAnswer404() {
        assertThat(http.host("nope.localhost").get("/").status()).isEqualTo(404);
        assertThat(http.tenant(tenant("medina")).get("/shops").status()).isEqualTo(404);
        assertThat(http.tenant(tenant("atlas")).get("/shops").status()).isEqualTo(200);
    }

    @Test
    void eachTenantCallsItsRequestsByItsOwnName() {
        assertThat(navigation("distrib")).contains("Demandes d'assistance").doesNotContain("Réclamations");
        assertThat(navigation("poste")).contains("Demandes client");
        assertThat(navigation("helpdesk")).contains("Tickets");
        assertThat(navigation("atlas")).contains("Réclamations");
        assertThat(http.tenant(tenant("distrib"))
                        .get("/claims")
                        .html()
                        .select("h1")
                        .text())
                .isEqualTo("Demandes d'assistance");
    }

    @Test
    void theNavigationShowsOnlyTheModulesATenantHas() {
        assertThat(navigation("medina")).containsExactly("Accueil", "Clients", "Réclamations", "Statistiques");
        assertThat(Set.copyOf(navigation("atlas"))).hasSize(8);
    }

    private List<String> navigation(String slug) {
        return http.tenant(tenant(slug))
                .get("/")
                .html()
                .select("#g-nav .navbar-nav.me-auto a")
                .eachText();
    }

    private TenantProfile tenant(String slug) {
        return catalog.find(new TenantId(slug)).orElseThrow();
    }
}
