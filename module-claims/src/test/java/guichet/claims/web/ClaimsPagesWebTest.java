package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The claims pages and API as their users work them: refused input is explained in their language and what they typed
 * is kept; settings change the tenant's desk; the API opens, answers and reads tickets like the pages.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ClaimsFixture.class)
class ClaimsPagesWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    Customers customers;

    private TenantProfile medina;
    private Customer youssef;

    @BeforeAll
    void medina() {
        medina = catalog.find(new TenantId("medina")).orElseThrow();
        youssef = fixture.in(
                medina, () -> customers.findByEmail("y.elamrani@example.ma").getFirst());
    }

    @Test
    void aRefusedTicketKeepsWhatTheCustomerTyped() {
        TenantHttp.Client customer = signedIn("customer@medina.demo");
        String csrf = customer.csrfToken("/claims/my/new");

        TenantHttp.Page refused = customer.postForm(
                "/claims/my/new",
                Map.of("title", " ", "description", "Mon forfait 20 Go est épuisé en deux jours.", "_csrf", csrf));

        assertThat(refused.status()).isEqualTo(200);
        Document page = refused.html();
        assertThat(page.select(".alert-danger").text()).isEqualTo("Indiquez un objet.");
        assertThat(page.select("#description").text()).isEqualTo("Mon forfait 20 Go est épuisé en deux jours.");
    }

    @Test
    void aRefusedReplyKeepsItsText() {
        String number = fixture.portalTicket(medina, youssef, "Roaming bloqué", "Pas de réseau à Madrid.")
                .number();
        TenantHttp.Client agent = signedIn("agent@medina.demo");
        String csrf = agent.csrfToken("/claims/" + number);
        String tooLong = "Réponse détaillée. ".repeat(1100);

        TenantHttp.Page refused = agent.postForm(
                "/claims/" + number + "/messages", Map.of("body", tooLong, "intent", "reply", "_csrf", csrf));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".alert-danger").text())
                .isEqualTo("Le message ne peut dépasser 20 000 caractères.");
        assertThat(refused.html().select("#body").text()).isEqualTo(tooLong.strip());
    }

    @Test
    void aCannedReplyIsInsertedWithItsPlaceholdersFilled() {
        String number = fixture.portalTicket(medina, youssef, "Facture double", "Deux prélèvements.")
                .number();
        TenantHttp.Client admin = signedIn("admin@medina.demo");
        String csrf = admin.csrfToken("/claims/settings");
        admin.postForm(
                "/claims/settings/canned",
                Map.of("title", "Excuses", "body", "Bonjour {customer}, désolés pour {ticket}.", "_csrf", csrf));
        Document page = admin.get("/claims/" + number).html();
        String canned = page.select("#canned option").stream()
                .filter(o -> o.text().equals("Excuses"))
                .findFirst()
                .orElseThrow()
                .attr("value");

        TenantHttp.Page filled = admin.postForm(
                "/claims/" + number + "/messages",
                Map.of("body", "", "intent", "canned", "canned", canned, "_csrf", csrf));

        assertThat(filled.html().select("#body").text())
                .isEqualTo("Bonjour Youssef El Amrani, désolés pour " + number + ".");
    }

    @Test
    void settingsAreExplainedWhenRefusedAndShownInTheTenantsLanguages() {
        TenantHttp.Client admin = signedIn("admin@medina.demo");
        String csrf = admin.csrfToken("/claims/settings");

        TenantHttp.Page refused =
                admin.follow(admin.postForm("/claims/settings/hours", Map.of("MONDAY", "8h à midi", "_csrf", csrf)));
        assertThat(refused.html().select(".alert-danger").text()).startsWith("Horaires illisibles");

        admin.follow(admin.postForm(
                "/claims/settings/types",
                Map.of("code", "roaming", "fr", "Itinérance", "en", "Roaming", "ar", "التجوال", "_csrf", csrf)));
        admin.follow(admin.postForm(
                "/claims/settings/hours",
                Map.of("MONDAY", "09:00-13:00, 14:00-18:00", "SATURDAY", "09:00-12:00", "_csrf", csrf)));
        Document settings = admin.get("/claims/settings").html();
        assertThat(settings.select("#h-MONDAY").val()).isEqualTo("09:00-13:00, 14:00-18:00");
        assertThat(settings.select("#h-SATURDAY").val()).isEqualTo("09:00-12:00");

        Document arabic = admin.get("/claims/new?lang=ar").html();
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("#type option").eachText()).contains("التجوال");
        TenantHttp.Client customer = signedIn("customer@medina.demo");
        assertThat(customer.get("/claims/my/new").html().select("#type option").eachText())
                .contains("Itinérance");
    }

    /**
     * The default status is a choice only where a category has several statuses (the rest say they are their
     * category's only one, rather than a box ticked on every row); a status, type or canned reply that never served can
     * be deleted, a used status or the cancellations' is refused with why.
     */
    @Test
    void whatNeverServedCanBeDeletedAndTheDefaultIsAChoiceOnlyWhereThereIsOne() {
        String used = fixture.reload(
                        medina, fixture.portalTicket(medina, youssef, "Carte SIM bloquée", "Code PUK demandé."))
                .status();
        TenantHttp.Client admin = signedIn("admin@medina.demo");
        String csrf = admin.csrfToken("/claims/settings");
        Document before = admin.get("/claims/settings").html();
        int choices = before.select("input.g-default").size();
        assertThat(before.select(".g-only-status")).isNotEmpty();
        assertThat(before.select(".g-cancellation").text()).isEqualTo("Statut des annulations");

        admin.follow(admin.postForm(
                "/claims/settings/statuses",
                Map.of("code", "escalade", "category", "IN_PROGRESS", "fr", "Escaladée", "_csrf", csrf)));
        Document added = admin.get("/claims/settings").html();
        assertThat(added.select("input.g-default").size()).isBetween(choices + 1, choices + 2);
        assertThat(added.select("input.g-default[checked]"))
                .hasSizeLessThan(added.select("input.g-default").size());

        Document deleted = admin.follow(
                        admin.postForm("/claims/settings/statuses/escalade/delete", Map.of("_csrf", csrf)))
                .html();
        assertThat(deleted.select(".alert-success").text()).isEqualTo("L'élément a été supprimé.");
        assertThat(deleted.select("code").eachText()).doesNotContain("escalade");
        assertThat(deleted.select("input.g-default")).hasSize(choices);

        Document refused = admin.follow(
                        admin.postForm("/claims/settings/statuses/" + used + "/delete", Map.of("_csrf", csrf)))
                .html();
        assertThat(refused.select(".alert-danger").text())
                .isEqualTo("Ce statut a déjà servi : désactivez-le plutôt que de le supprimer.");
        assertThat(refused.select("code").eachText()).contains(used);
        String cancellation = refused.select("tr:has(.g-cancellation) code").text();
        assertThat(admin.follow(admin.postForm(
                                "/claims/settings/statuses/" + cancellation + "/delete", Map.of("_csrf", csrf)))
                        .html()
                        .select(".alert-danger")
                        .text())
                .isEqualTo("Le statut des annulations ne peut pas être supprimé.");

        admin.follow(admin.postForm("/claims/settings/types", Map.of("code", "essai", "fr", "Essai", "_csrf", csrf)));
        assertThat(admin.follow(admin.postForm("/claims/settings/types/essai/delete", Map.of("_csrf", csrf)))
                        .html()
                        .select("code")
                        .eachText())
                .doesNotContain("essai");

        admin.follow(admin.postForm(
                "/claims/settings/canned", Map.of("title", "Brouillon", "body", "À supprimer", "_csrf", csrf)));
        String canned = admin.get("/claims/settings")
                .html()
                .select(".g-canned:has(input[value=Brouillon]) form[action$=/delete]")
                .attr("action");
        assertThat(canned).isNotBlank();
        assertThat(admin.follow(admin.postForm(canned, Map.of("_csrf", csrf)))
                        .html()
                        .select(".g-canned input[name=title]")
                        .eachAttr("value"))
                .doesNotContain("Brouillon");

        admin.follow(admin.postForm(
                "/claims/settings/holidays", Map.of("day", "2031-01-01", "label", "Jour de l'an", "_csrf", csrf)));
        assertThat(admin.get("/claims/settings").html().text()).contains("01/01/2031 — Jour de l'an");
        assertThat(admin.follow(admin.postForm("/claims/settings/holidays/2031-01-01/remove", Map.of("_csrf", csrf)))
                        .html()
                        .text())
                .doesNotContain("01/01/2031");
    }

    @Test
    void theApiOpensAnswersAndReadsTicketsLikeThePages() throws Exception {
        String staff = accounts.accessToken(medina, "admin@medina.demo", "demo");
        String customer = accounts.accessToken(medina, "customer@medina.demo", "demo");

        HttpResponse<String> refused = send(
                "POST",
                "/api/claims",
                staff,
                "{\"title\":\"\",\"description\":\"x\"," + "\"customerId\":\""
                        + youssef.id().value() + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("claims.error.title");

        HttpResponse<String> opened = send(
                "POST",
                "/api/claims",
                staff,
                "{\"title\":\"Carte SIM bloquée\","
                        + "\"description\":\"Code PUK demandé.\",\"priority\":\"high\",\"hiddenNote\":\"Client VIP\","
                        + "\"customerId\":\"" + youssef.id().value() + "\"}");
        assertThat(opened.statusCode()).isEqualTo(201);
        String number = opened.body().replaceAll(".*\"number\":\"(T-\\d+)\".*", "$1");
        assertThat(opened.body()).contains("\"priority\":\"high\"", "Client VIP");

        HttpResponse<String> precision = send(
                "POST",
                "/api/claims/" + number + "/messages",
                staff,
                "{\"body\":\"Votre numéro ?\"," + "\"kind\":\"precision\"}");
        assertThat(precision.statusCode()).isEqualTo(201);
        assertThat(precision.body()).contains("\"awaitingCustomer\":true");

        HttpResponse<String> waiting = send("GET", "/api/claims/my?show=waiting", customer, null);
        assertThat(waiting.body()).contains(number);
        HttpResponse<String> seen = send("GET", "/api/claims/my/" + number, customer, null);
        assertThat(seen.body()).contains("Votre numéro ?").doesNotContain("Client VIP");
        HttpResponse<String> answered =
                send("POST", "/api/claims/my/" + number + "/messages", customer, "{\"body\":\"0612345678\"}");
        assertThat(answered.body()).contains("\"awaitingCustomer\":false", "\"category\":\"IN_PROGRESS\"");

        HttpResponse<String> early = send("POST", "/api/claims/my/" + number + "/rating", customer, "{\"score\":5}");
        assertThat(early.statusCode()).isEqualTo(400);
        send("POST", "/api/claims/" + number + "/status", staff, "{\"action\":\"resolve\"}");
        HttpResponse<String> rated =
                send("POST", "/api/claims/my/" + number + "/rating", customer, "{\"score\":4,\"comment\":\"Rapide\"}");
        assertThat(rated.body()).contains("\"rating\":4", "Rapide");
        assertThat(send("GET", "/api/claims/dashboard", staff, null).body()).contains("\"newTickets\"");
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.tenant(medina).uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private TenantHttp.Client signedIn(String email) {
        TenantHttp.Client client = http.tenant(medina);
        client.signIn(email, "demo");
        return client;
    }
}
