package guichet.shops.referential.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Poste's administrator keeps the service referential (seed 000): a partner with a structure and a sub-structure, a
 * service under the sub-structure offered at an agency; a partner or structure still referred to by a service is not
 * deleted and the message names the services; a structure never moves under itself; what was typed comes back with
 * each refusal. Staff read it, only administrators change it, and nothing crosses to another tenant.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class ReferentialWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TestAccounts accounts;

    private TenantProfile poste;
    private TenantHttp.Client admin;
    private String csrf;

    @BeforeEach
    void signIn() {
        poste = catalog.find(new TenantId("poste")).orElseThrow();
        admin = http.tenant(poste);
        admin.signIn("admin@poste.demo", "demo");
        csrf = admin.csrfToken("/shops/referential");
    }

    @Test
    void theDemoTreeShowsEachServiceUnderItsStructureWithItsAgencies() {
        Document page = admin.get("/shops/referential").html();
        assertThat(page.select(".g-partner h3").eachText())
                .contains(
                        "La Poste du Bénin LPB",
                        "Société Béninoise d'Énergie Électrique SBEE",
                        "Société Nationale des Eaux du Bénin SONEB");
        Element sbee = service(page, "SRV-SBEE");
        assertThat(sbee.text())
                .contains("Société Béninoise d'Énergie Électrique › Direction commerciale › Service du recouvrement")
                .contains("COT-01, PKU-01, PNV-01");
    }

    @Test
    void aPartnerWithAStructureASubStructureAndAServiceIsBuiltAndCannotBeDeletedWhileReferenced() {
        follow("/shops/referential/partners", Map.of("code", "mtn", "name", "MTN Bénin"));
        Document page = admin.get("/shops/referential").html();
        String partner = optionValue(page, "#structure-partner", "MTN Bénin");
        follow(
                "/shops/referential/structures",
                Map.of("partner", partner, "parent", "", "code", "MTN-DG", "name", "Direction générale"));
        page = admin.get("/shops/referential").html();
        String top = optionValue(page, "#structure-parent", "MTN Bénin › Direction générale");
        Document saved = follow(
                "/shops/referential/structures",
                Map.of("partner", partner, "parent", top, "code", "MTN-MOMO", "name", "Mobile Money"));
        assertThat(saved.select(".alert-success").text()).isEqualTo("La structure émettrice est enregistrée.");

        String sub = optionValue(saved, "#service-structure", "MTN Bénin › Direction générale › Mobile Money");
        String cotonou = saved.select("#agency-COT-01").val();
        saved = follow(
                "/shops/referential/services",
                Map.of("code", "srv-momo", "name", "Dépôt Mobile Money", "structure", sub, "agency", cotonou));
        assertThat(service(saved, "SRV-MOMO").text())
                .contains("Dépôt Mobile Money", "MTN Bénin › Direction générale › Mobile Money", "COT-01")
                .doesNotContain("PNV-01");

        Document refused = follow("/shops/referential/partners/" + partner + "/delete", Map.of());
        assertThat(refused.select(".alert-danger").text())
                .isEqualTo("« MTN Bénin » ne peut pas être supprimée : un service se réfère à ses structures"
                        + " (SRV-MOMO). Rattachez-les à une autre structure ou supprimez-les d'abord.");
        assertThat(refused.select(".g-partner h3").eachText()).contains("MTN Bénin MTN");
        Document structureRefused = follow("/shops/referential/structures/" + top + "/delete", Map.of());
        assertThat(structureRefused.select(".alert-danger").text())
                .startsWith("« Direction générale » ne peut pas être supprimée : un service se réfère à elle");

        Document serviceDeleted =
                follow("/shops/referential/services/" + serviceId(refused, "SRV-MOMO") + "/remove", Map.of());
        assertThat(serviceDeleted.select(".alert-success").text()).isEqualTo("Le service est supprimé.");
        Document partnerDeleted = follow("/shops/referential/partners/" + partner + "/delete", Map.of());
        assertThat(partnerDeleted.select(".alert-success").text())
                .isEqualTo("L'entité et ses structures sont supprimées.");
        assertThat(partnerDeleted.select(".g-partner h3").eachText()).doesNotContain("MTN Bénin MTN");
    }

    @Test
    void aStructureNeverMovesUnderItselfAndWhatWasTypedComesBack() {
        follow("/shops/referential/partners", Map.of("code", "MOOV", "name", "Moov Africa"));
        Document page = admin.get("/shops/referential").html();
        String partner = optionValue(page, "#structure-partner", "Moov Africa");
        follow("/shops/referential/structures", Map.of("partner", partner, "code", "MOOV-DC", "name", "Commercial"));
        page = admin.get("/shops/referential").html();
        String top = optionValue(page, "#structure-parent", "Moov Africa › Commercial");
        follow(
                "/shops/referential/structures",
                Map.of("partner", partner, "parent", top, "code", "MOOV-AG", "name", "Agences"));
        page = admin.get("/shops/referential").html();
        String child = optionValue(page, "#structure-parent", "Moov Africa › Commercial › Agences");

        TenantHttp.Page moved = admin.postForm(
                "/shops/referential/structures/" + top,
                Map.of("_csrf", csrf, "parent", child, "code", "MOOV-DC", "name", "Commercial et ventes"));
        assertThat(moved.header("Location")).contains("edit=structure:" + top);
        Document refused = admin.follow(moved).html();
        assertThat(refused.select("#structure-form .invalid-feedback").eachText())
                .containsExactly("Choisissez une structure de la même entité, qui ne soit pas sous celle-ci.");
        assertThat(refused.select("#structure-name").val()).isEqualTo("Commercial et ventes");

        Document badCode = follow("/shops/referential/partners", Map.of("code", "SBEE", "name", " "));
        assertThat(badCode.select("#partner-form .invalid-feedback").eachText())
                .containsExactly("Ce code est déjà utilisé.", "Le nom est obligatoire.");
        assertThat(badCode.select("#partner-code").val()).isEqualTo("SBEE");

        Document deleted = follow("/shops/referential/structures/" + top + "/delete", Map.of());
        assertThat(deleted.select(".alert-success").text())
                .isEqualTo("La structure et ses sous-structures sont supprimées.");
        assertThat(deleted.select("#structure-parent option").eachText())
                .doesNotContain("Moov Africa › Commercial", "Moov Africa › Commercial › Agences");
    }

    @Test
    void staffReadTheReferentialButOnlyAdministratorsChangeItAndOtherTenantsNeverSeeIt() {
        TenantHttp.Client agent = http.tenant(poste);
        agent.signIn("agent@poste.demo", "demo");
        Document read = agent.get("/shops/referential").html();
        assertThat(read.select(".g-kiosk-services").text()).contains("SRV-SBEE");
        assertThat(read.select("#partner-form, #structure-form, #service-form")).isEmpty();
        String agentCsrf = agent.csrfToken("/shops/referential");
        assertThat(agent.postForm("/shops/referential/partners", Map.of("_csrf", agentCsrf, "code", "X", "name", "X"))
                        .status())
                .isEqualTo(403);
        String agentToken = accounts.accessToken(poste, "agent@poste.demo", "demo");
        assertThat(agent.sendJsonWithToken(
                                "POST",
                                "/api/shops/referential/services",
                                "{\"code\":\"X\",\"name\":\"X\",\"structure\":\"SBEE-DC\",\"agencies\":[]}",
                                agentToken)
                        .status())
                .isEqualTo(403);
        assertThat(agent.getWithToken("/api/shops/referential", agentToken).body())
                .contains("\"code\":\"SRV-SBEE\"", "\"structurePath\":");

        TenantHttp.Client customer = http.tenant(poste);
        customer.signIn("customer@poste.demo", "demo");
        assertThat(customer.get("/shops/referential").status()).isEqualTo(403);
        assertThat(http.tenant(poste).get("/shops/referential").header("Location"))
                .endsWith("/login");
        assertThat(http.tenant(poste)
                        .get("/api/shops/referential", "application/json")
                        .status())
                .isEqualTo(401);

        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        TenantHttp.Client atlasAdmin = http.tenant(atlas);
        atlasAdmin.signIn("admin@atlas.demo", "demo");
        assertThat(atlasAdmin.get("/shops/referential").html().text()).doesNotContain("SBEE", "SRV-SBEE");
        String sbee = optionValue(
                admin.get("/shops/referential").html(), "#structure-partner", "Société Béninoise d'Énergie Électrique");
        String atlasCsrf = atlasAdmin.csrfToken("/shops/referential");
        assertThat(atlasAdmin
                        .postForm("/shops/referential/partners/" + sbee + "/delete", Map.of("_csrf", atlasCsrf))
                        .status())
                .isEqualTo(404);
        String atlasToken = accounts.accessToken(atlas, "admin@atlas.demo", "demo");
        assertThat(http.tenant(poste)
                        .getWithToken("/api/shops/referential", atlasToken)
                        .status())
                .isEqualTo(401);

        TenantProfile medina = catalog.find(new TenantId("medina")).orElseThrow();
        TenantHttp.Client medinaAdmin = http.tenant(medina);
        medinaAdmin.signIn("admin@medina.demo", "demo");
        assertThat(medinaAdmin.get("/shops/referential").status()).isEqualTo(404);
    }

    @Test
    void theApiAddsAServiceByTheCodesOfItsStructureAndAgencies() {
        String token = accounts.accessToken(poste, "admin@poste.demo", "demo");
        TenantHttp.Page added = admin.sendJsonWithToken(
                "POST",
                "/api/shops/referential/services",
                "{\"code\":\"srv-canal\",\"name\":\"Abonnement Canal+\",\"structure\":\"LPB-DSFP\","
                        + "\"agencies\":[\"PKU-01\"]}",
                token);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body())
                .contains("\"code\":\"SRV-CANAL\"", "\"agencies\":[\"PKU-01\"]")
                .contains("La Poste du Bénin › Direction des services financiers postaux");
        TenantHttp.Page taken = admin.sendJsonWithToken(
                "POST",
                "/api/shops/referential/services",
                "{\"code\":\"SRV-CANAL\",\"name\":\"Encore\",\"structure\":\"LPB-DSFP\",\"agencies\":[]}",
                token);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("shops.error.code.taken");
    }

    private Document follow(String path, Map<String, String> fields) {
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("_csrf", csrf);
        TenantHttp.Page page = admin.postForm(path, form);
        assertThat(page.status()).as(path).isEqualTo(302);
        return admin.follow(page).html();
    }

    private static String optionValue(Document page, String select, String text) {
        return page.select(select + " option").stream()
                .filter(o -> o.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + select))
                .val();
    }

    private static Element service(Document page, String code) {
        return page.select(".g-kiosk-services tbody tr").stream()
                .filter(row -> row.child(0).text().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not listed"));
    }

    private static String serviceId(Document page, String code) {
        String action = service(page, code).select("form[action$=/remove]").attr("action");
        return action.replaceAll(".*/services/([^/]+)/remove", "$1");
    }
}
