package guichet.shops.stock.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Stock pages and API on atlas's demo: the seller records a receipt and sees it in the levels and the journal with his
 * name; a movement refused (more than is left, a serial number unknown) says why and keeps what he typed; staff
 * without {@code stock.move} read but never move; customers, visitors and a tenant without the module are refused.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TestAccounts accounts;

    private TenantProfile atlas;

    @BeforeAll
    void atlas() {
        atlas = catalog.find(new TenantId("atlas")).orElseThrow();
    }

    @Test
    void theSellerRecordsAReceiptAndARefusedTransferKeepsWhatHeTyped() {
        TenantHttp.Client seller = signedIn("seller@atlas.demo");
        String csrf = seller.csrfToken("/shops/stock/move");

        TenantHttp.Page received = seller.postForm(
                "/shops/stock/move",
                Map.of(
                        "_csrf", csrf,
                        "kind", "RECEIPT",
                        "site", "SOU-01",
                        "product", "SIM-PRE",
                        "quantity", "15",
                        "reason", "Livraison du lundi"));
        assertThat(received.status()).isEqualTo(302);
        Document levels = seller.follow(received).html();
        assertThat(levels.select(".alert-success").text()).isEqualTo("La réception est enregistrée.");
        assertThat(levels.select(".g-stock td.g-quantity").first().text()).startsWith("55");

        Document refused = seller.postForm(
                        "/shops/stock/move",
                        Map.of(
                                "_csrf", csrf,
                                "kind", "TRANSFER",
                                "site", "SOU-01",
                                "toSite", "SFX-01",
                                "product", "SIM-PRE",
                                "quantity", "500",
                                "reason", "Renfort"))
                .html();
        assertThat(refused.select("#form-errors").text())
                .isEqualTo("Stock insuffisant : il ne reste pas assez de SIM-PRE à Boutique Sousse.");
        assertThat(refused.select("#quantity").val()).isEqualTo("500");
        assertThat(refused.select("#reason").val()).isEqualTo("Renfort");
        assertThat(refused.select("#toSite option[selected]").val()).isEqualTo("SFX-01");

        Document unknownSerial = seller.postForm(
                        "/shops/stock/move",
                        Map.of(
                                "_csrf", csrf,
                                "kind", "TRANSFER",
                                "site", "TUN-01",
                                "toSite", "SFX-01",
                                "product", "PHN-A15",
                                "quantity", "1",
                                "serials", "356938035643804"))
                .html();
        assertThat(unknownSerial.select("#form-errors").text())
                .isEqualTo("Un numéro de série indiqué n'est pas en stock à Boutique Tunis Centre.");

        Document journal =
                seller.get("/shops/stock/movements?site=SOU-01&kind=RECEIPT").html();
        assertThat(journal.select(".g-movements tbody tr").first().text())
                .contains("Réception", "+15", "55", "Livraison du lundi", "seller@atlas.demo");
        assertThat(seller.get("/shops/stock/items?serial=356938035643801")
                        .html()
                        .select(".g-items")
                        .text())
                .contains("en stock à TUN-01");
    }

    @Test
    void theApiRecordsAMovementAndAnswers409WithTheReasonWhenItIsRefused() {
        String token = accounts.accessToken(atlas, "seller@atlas.demo", "demo");
        TenantHttp.Client api = http.tenant(atlas);

        TenantHttp.Page moved = api.sendJsonWithToken(
                "POST",
                "/api/shops/stock/movements",
                "{\"kind\":\"ADJUSTMENT\",\"site\":\"BAR-01\",\"product\":\"SIM-PRE\",\"quantity\":-2,"
                        + "\"reason\":\"Cartes abîmées\"}",
                token);
        assertThat(moved.status()).isEqualTo(201);
        assertThat(moved.body()).contains("\"kind\":\"ADJUSTMENT\"", "\"balance\":38", "\"by\":\"seller@atlas.demo\"");

        TenantHttp.Page refused = api.sendJsonWithToken(
                "POST",
                "/api/shops/stock/movements",
                "{\"kind\":\"ADJUSTMENT\",\"site\":\"BAR-01\",\"product\":\"SIM-PRE\",\"quantity\":-100,"
                        + "\"reason\":\"Erreur\"}",
                token);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("shops.stock.refused.short");

        assertThat(api.sendJsonWithToken("POST", "/api/shops/stock/movements", "{\"kind\":\"COUNT\"}", token)
                        .status())
                .isEqualTo(400);
        assertThat(api.getWithToken("/api/shops/stock?site=BAR-01&product=SIM-PRE", token)
                        .body())
                .contains("\"quantity\":38");
    }

    @Test
    void whoMayReadAndWhoMayMove() {
        TenantHttp.Client agent = signedIn("agent@atlas.demo");
        for (String page : List.of("/shops/stock", "/shops/stock/movements", "/shops/stock/items?serial=X")) {
            assertThat(agent.get(page).status()).as(page).isEqualTo(200);
        }
        assertThat(agent.get("/shops/stock/move").status()).isEqualTo(403);
        String csrf = agent.csrfToken("/shops/stock");
        assertThat(agent.postForm(
                                "/shops/stock/move",
                                Map.of("_csrf", csrf, "kind", "RECEIPT", "site", "TUN-01", "product", "SIM-PRE"))
                        .status())
                .isEqualTo(403);
        String agentToken = accounts.accessToken(atlas, "agent@atlas.demo", "demo");
        assertThat(agent.sendJsonWithToken(
                                "POST",
                                "/api/shops/stock/movements",
                                "{\"kind\":\"RECEIPT\",\"site\":\"TUN-01\",\"product\":\"SIM-PRE\",\"quantity\":1}",
                                agentToken)
                        .status())
                .isEqualTo(403);

        TenantHttp.Client customer = signedIn("customer@atlas.demo");
        assertThat(customer.get("/shops/stock").status()).isEqualTo(403);
        assertThat(customer.get("/shops/stock/move").status()).isEqualTo(403);

        TenantHttp.Client visitor = http.tenant(atlas);
        assertThat(visitor.get("/shops/stock").header("Location")).endsWith("/login");
        assertThat(visitor.get("/api/shops/stock", "application/json").status()).isEqualTo(401);

        TenantProfile medina = catalog.find(new TenantId("medina")).orElseThrow();
        TenantHttp.Client medinaAdmin = http.tenant(medina);
        medinaAdmin.signIn("admin@medina.demo", "demo");
        assertThat(medinaAdmin.get("/shops/stock").status()).isEqualTo(404);
        assertThat(medinaAdmin.get("/shops/stock/move").status()).isEqualTo(404);
    }

    private TenantHttp.Client signedIn(String email) {
        TenantHttp.Client client = http.tenant(atlas);
        client.signIn(email, "demo");
        return client;
    }
}
