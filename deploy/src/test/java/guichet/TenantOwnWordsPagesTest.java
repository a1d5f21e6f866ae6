package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.testing.TenantHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * La Poste, a postal service taking payments for its kiosks' services (seed 000), reads no telecom operator's words on
 * the pages outside the shops module (issue 24, bug 9): no « Vendre », « Prospects », « Produits et services en
 * vente »; its demo sets its own words for them, as any tenant may. Atlas, a telecom operator, keeps them.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class TenantOwnWordsPagesTest {

    private static final List<String> TELECOM_WORDS = List.of("Vendre", "Prospects", "Produits et services en vente");

    /** Pages outside the shops module, each with the navigation; the statistics hold the figures' words. */
    private static final List<String> PAGES =
            List.of("/", "/customers", "/customers/sales/new", "/claims", "/stats", "/admin/history");

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TenantHttp http;

    @Test
    void thePostsPagesSpeakItsOwnWords() {
        TenantHttp.Client poste = admin("poste");
        for (String path : PAGES) {
            TenantHttp.Page page = poste.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            String text = page.html().text();
            assertThat(text).as("poste " + path).doesNotContain(TELECOM_WORDS);
        }
        assertThat(poste.get("/").html().select("#g-nav .navbar-nav.me-auto a").eachText())
                .contains("Enregistrer un paiement");
        assertThat(poste.get("/stats").html().text()).contains("Services des bornes");
    }

    @Test
    void aTelecomOperatorKeepsThem() {
        TenantHttp.Client atlas = admin("atlas");
        assertThat(atlas.get("/").html().select("#g-nav .navbar-nav.me-auto a").eachText())
                .contains("Vendre");
        assertThat(atlas.get("/stats").html().text()).contains("Prospects", "Produits et services en vente");
    }

    private TenantHttp.Client admin(String slug) {
        TenantHttp.Client browser = http.tenant(catalog.find(new TenantId(slug)).orElseThrow());
        browser.signIn("admin@" + slug + ".demo", "demo");
        return browser;
    }
}
