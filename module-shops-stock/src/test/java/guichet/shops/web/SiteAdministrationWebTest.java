package guichet.shops.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An administrator keeps atlas's shops: a new shop refused with every reason and what he typed kept, then created,
 * given its week and a service, found by the store locator, and closed for good (kept in the list, gone from the
 * locator). A service still offered is archived rather than deleted.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class SiteAdministrationWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Test
    void aShopIsCreatedGivenItsHoursFoundAndClosedForGood() {
        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        TenantHttp.Client admin = http.tenant(atlas);
        admin.signIn("admin@atlas.demo", "demo");
        String csrf = admin.csrfToken("/shops/sites/new");

        Document refused = admin.postForm(
                        "/shops/sites",
                        Map.of(
                                "_csrf", csrf,
                                "code", "tun-01",
                                "name", " ",
                                "kind", "SHOP",
                                "address", "Avenue Habib Thameur",
                                "latitude", "trente-six",
                                "longitude", "10.7376"))
                .html();
        assertThat(refused.select("#form-errors li").eachText())
                .containsExactlyInAnyOrder(
                        "Ce code est déjà utilisé.",
                        "Le nom est obligatoire.",
                        "Un nombre est attendu, par exemple 36.8065.");
        assertThat(refused.select("#address").val()).isEqualTo("Avenue Habib Thameur");
        assertThat(refused.select("#latitude").val()).isEqualTo("trente-six");

        TenantHttp.Page created = admin.postForm(
                "/shops/sites",
                Map.of(
                        "_csrf", csrf,
                        "code", "nab-01",
                        "name", "Boutique Nabeul",
                        "kind", "SHOP",
                        "address", "Avenue Habib Thameur",
                        "city", "Nabeul",
                        "country", "tn",
                        "latitude", "36,4561",
                        "longitude", "10.7376",
                        "phone", "+216 72 000 108"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location")).endsWith("/shops/sites/NAB-01");
        assertThat(admin.follow(created).html().select(".alert-success").text()).isEqualTo("Le site est créé.");

        Map<String, String> week = new HashMap<>(Map.of("_csrf", csrf, "SUNDAY1", "25:00-26:00"));
        TenantHttp.Page unreadable = admin.follow(admin.postForm("/shops/sites/NAB-01/hours", week));
        assertThat(unreadable.html().select("#hours .alert-danger").text()).startsWith("Une plage n'est pas lisible");
        assertThat(unreadable.html().select("#SUNDAY1").val()).isEqualTo("25:00-26:00");
        assertThat(unreadable.html().select("#SUNDAY1").hasClass("is-invalid")).isTrue();

        week.remove("SUNDAY1");
        for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
            week.put(day + "1", "00:00-12:00");
            week.put(day + "2", "12:00-23:59");
        }
        Document site =
                admin.follow(admin.postForm("/shops/sites/NAB-01/hours", week)).html();
        assertThat(site.select("#MONDAY1").val()).isEqualTo("00:00-12:00");
        assertThat(site.select(".alert-success").text()).isEqualTo("Les horaires sont enregistrés.");

        Document found = http.tenant(atlas).get("/shops/locator?where=nabeul").html();
        assertThat(found.select(".g-found > li").first().attr("data-code")).isEqualTo("NAB-01");

        Document noReason = admin.follow(admin.postForm(
                        "/shops/sites/NAB-01/special-days", Map.of("_csrf", csrf, "day", "2030-01-02", "reason", "")))
                .html();
        assertThat(noReason.select("#special-days .invalid-feedback").eachText())
                .containsExactly("Le motif est obligatoire.");

        admin.postForm("/shops/sites/NAB-01/close", Map.of("_csrf", csrf));
        assertThat(admin.get("/shops/sites/NAB-01")
                        .html()
                        .select(".alert-secondary")
                        .text())
                .startsWith("Fermé définitivement depuis");
        assertThat(admin.get("/shops?sort=code").html().select(".g-sites").text())
                .contains("NAB-01");
        assertThat(http.tenant(atlas)
                        .get("/shops/locator?lat=36.4561&lon=10.7376")
                        .html()
                        .select(".g-found > li")
                        .eachAttr("data-code"))
                .doesNotContain("NAB-01")
                .isNotEmpty();
    }

    @Test
    void aServiceStillOfferedIsArchivedAndAnUnusedOneDeleted() {
        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        TenantHttp.Client admin = http.tenant(atlas);
        admin.signIn("admin@atlas.demo", "demo");
        String csrf = admin.csrfToken("/shops/settings");

        Document taken = admin.follow(admin.postForm(
                        "/shops/settings/services", Map.of("_csrf", csrf, "code", "vente", "name", "Vente bis")))
                .html();
        assertThat(taken.select("#service-code").val()).isEqualTo("vente");
        assertThat(taken.select("#services ~ form .invalid-feedback").eachText())
                .containsExactly("Ce code est déjà utilisé.");

        admin.postForm("/shops/settings/services", Map.of("_csrf", csrf, "code", "LIVR", "name", "Livraison"));
        Document settings = admin.get("/shops/settings").html();
        String livraison =
                settings.select(".g-services tr:contains(LIVR) form").first().attr("action");
        String vente =
                settings.select(".g-services tr:contains(VENTE) form").first().attr("action");

        Document deleted = admin.follow(admin.postForm(livraison + "/remove", Map.of("_csrf", csrf)))
                .html();
        assertThat(deleted.select(".alert-success").text()).isEqualTo("Le service est supprimé.");
        assertThat(deleted.select(".g-services").text()).doesNotContain("LIVR");

        Document archived = admin.follow(admin.postForm(vente + "/remove", Map.of("_csrf", csrf)))
                .html();
        assertThat(archived.select(".alert-success").text()).startsWith("Le service est encore proposé");
        assertThat(archived.select(".g-services tr:contains(VENTE)").text()).contains("Archivé");
        assertThat(admin.get("/shops/sites/TUN-01").html().select("#services").text())
                .doesNotContain("Vente et abonnements");

        admin.postForm(vente + "/restore", Map.of("_csrf", csrf));
        assertThat(admin.get("/shops/settings")
                        .html()
                        .select(".g-services tr:contains(VENTE)")
                        .text())
                .doesNotContain("Archivé");
    }
}
