package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.ServiceDesk;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who reaches which ticket, through every claims page and API endpoint: another tenant, another customer, a sales rep
 * for a customer not his, a visitor not signed in and a role without the permission are all refused — 404 for a
 * ticket out of reach (as if it did not exist), 403 for a missing permission, sign-in or 401 anonymously. Hidden notes
 * never reach a customer, in pages or the API.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ClaimsFixture.class)
class ClaimsAccessWebTest {

    private static final String NOTE = "Note interne : client difficile, ne pas rappeler avant lundi";

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    ServiceDesk desk;

    @Autowired
    Customers customers;

    @Autowired
    Users users;

    @Autowired
    Claims tickets;

    @Autowired
    TransactionTemplate transactions;

    private TenantProfile atlas;
    private TenantProfile medina;
    private String amiraTicket;
    private String othersTicket;
    private String repsTicket;
    private String repsTitle;

    @BeforeAll
    void ticketsOfThreeCustomers() {
        atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        medina = catalog.find(new TenantId("medina")).orElseThrow();
        User rep = fixture.in(atlas, () -> users.findByEmail("sales@atlas.demo").orElseThrow());
        User agent =
                fixture.in(atlas, () -> users.findByEmail("agent@atlas.demo").orElseThrow());
        Customer amira = fixture.in(
                atlas, () -> customers.findByEmail("amira.bensalah@example.tn").getFirst());
        Customer sfax = fixture.in(
                atlas, () -> customers.findByEmail("contact@sfaxlog.example.tn").getFirst());
        Customer repsCustomer = fixture.in(
                atlas,
                () -> customers.save(Customer.company(
                                customers.nextNumber(),
                                Customer.Stage.CUSTOMER,
                                "Portefeuille du commercial",
                                Instant.now())
                        .assignSalesRep(rep.id(), Instant.now())));
        Claim amiras = fixture.portalTicket(atlas, amira, "Box en panne accès", "La box redémarre sans cesse.");
        fixture.in(atlas, () -> desk.note(amiras, NOTE, fixture.actor(agent)));
        amiraTicket = amiras.number();
        othersTicket = fixture.portalTicket(atlas, sfax, "Facture groupée erronée", "Deux lignes en double.")
                .number();
        repsTitle = "Portabilité du numéro bloquée";
        repsTicket = fixture.portalTicket(atlas, repsCustomer, repsTitle, "Depuis une semaine.")
                .number();
    }

    @Test
    void aVisitorNotSignedInIsSentToSignInAndTheApiAnswers401() {
        TenantHttp.Client visitor = http.tenant(atlas);
        for (String path : List.of(
                "/claims",
                "/claims/dashboard",
                "/claims/" + amiraTicket,
                "/claims/my",
                "/claims/my/" + amiraTicket,
                "/claims/settings",
                "/claims/new")) {
            TenantHttp.Page page = visitor.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.header("Location")).as(path).endsWith("/login");
        }
        for (String path : List.of("/api/claims", "/api/claims/" + amiraTicket, "/api/claims/my")) {
            assertThat(visitor.get(path, "application/json").status()).as(path).isEqualTo(401);
        }
        assertThat(visitor.postForm("/claims/my/" + amiraTicket + "/messages", Map.of("body", "x"))
                        .status())
                .isIn(302, 403);
    }

    @Test
    void aCustomerSeesHisOwnTicketsButNeverAnotherCustomersOrAHiddenNote() {
        TenantHttp.Client amira = signedIn(atlas, "customer@atlas.demo");

        TenantHttp.Page own = amira.get("/claims/my/" + amiraTicket);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("La box redémarre sans cesse.").doesNotContain(NOTE);
        assertThat(amira.get("/claims/my/" + othersTicket).status()).isEqualTo(404);
        assertThat(amira.get("/claims/my").html().select(".g-tickets td a").eachText())
                .contains(amiraTicket)
                .doesNotContain(othersTicket, repsTicket);
        String csrf = amira.csrfToken("/claims/my/" + amiraTicket);
        assertThat(amira.postForm(
                                "/claims/my/" + othersTicket + "/messages", Map.of("body", "Intrusion", "_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(amira.postForm("/claims/my/" + othersTicket + "/status", Map.of("action", "close", "_csrf", csrf))
                        .status())
                .isEqualTo(404);

        String token = accounts.accessToken(atlas, "customer@atlas.demo", "demo");
        TenantHttp.Page api = amira.getWithToken("/api/claims/my/" + amiraTicket, token);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains(amiraTicket).doesNotContain(NOTE).doesNotContain("\"hidden\":true");
        assertThat(amira.getWithToken("/api/claims/my/" + othersTicket, token).status())
                .isEqualTo(404);
        assertThat(amira.getWithToken("/api/claims/my", token).body())
                .contains(amiraTicket)
                .doesNotContain(othersTicket);
        assertThat(post(atlas, "/api/claims/my/" + othersTicket + "/messages", token, "{\"body\":\"x\"}"))
                .isEqualTo(404);
    }

    @Test
    void aResellerSeesHisSubCustomersTicketsButNoOneElses() {
        User reseller = accounts.customerWithRole(atlas, "revendeur", guichet.platform.identity.Role.RESELLER);
        Customer sub = fixture.in(
                atlas,
                () -> customers.save(Customer.company(
                                customers.nextNumber(),
                                Customer.Stage.CUSTOMER,
                                "Sous-client du revendeur",
                                Instant.now())
                        .dependOn(reseller.customer().orElseThrow(), Instant.now())));
        String subs = fixture.portalTicket(atlas, sub, "Ligne du sous-client coupée", "Depuis hier.")
                .number();
        TenantHttp.Client client = http.tenant(atlas);
        client.signIn(reseller.email(), TestAccounts.PASSWORD);

        assertThat(client.get("/claims/my").html().select(".g-tickets td a").eachText())
                .contains(subs)
                .doesNotContain(amiraTicket, othersTicket);
        assertThat(client.get("/claims/my/" + subs).status()).isEqualTo(200);
        assertThat(client.get("/claims/my/" + amiraTicket).status()).isEqualTo(404);
    }

    @Test
    void aCustomerIsRefusedTheStaffPagesAndAStaffMemberThePortalAndSettings() {
        TenantHttp.Client amira = signedIn(atlas, "customer@atlas.demo");
        assertThat(amira.get("/claims/" + amiraTicket).status()).isEqualTo(403);
        assertThat(amira.get("/claims").status()).isEqualTo(403);
        assertThat(amira.get("/claims/settings").status()).isEqualTo(403);

        TenantHttp.Client agent = signedIn(atlas, "agent@atlas.demo");
        assertThat(agent.get("/claims/my/" + amiraTicket).status()).isEqualTo(403);
        assertThat(agent.get("/claims/settings").status()).isEqualTo(403);
        String csrf = agent.csrfToken("/claims/" + amiraTicket);
        assertThat(agent.postForm("/claims/" + amiraTicket + "/assignees", Map.of("_csrf", csrf))
                        .status())
                .as("only administrators assign (seed 001)")
                .isEqualTo(403);
        String token = accounts.accessToken(atlas, "agent@atlas.demo", "demo");
        assertThat(put(atlas, "/api/claims/" + amiraTicket + "/assignees", token, "{\"assigneeIds\":[]}"))
                .isEqualTo(403);
    }

    @Test
    void aSalesRepOnlyEverSeesHisOwnCustomersTickets() {
        TenantHttp.Client rep = signedIn(atlas, "sales@atlas.demo");

        assertThat(rep.get("/claims/" + repsTicket).status()).isEqualTo(200);
        assertThat(rep.get("/claims/" + amiraTicket).status()).isEqualTo(404);
        assertThat(rep.get("/claims/" + othersTicket).status()).isEqualTo(404);
        List<String> listed =
                rep.get("/claims").html().select(".g-tickets td a").eachText();
        assertThat(listed).contains(repsTicket).doesNotContain(amiraTicket, othersTicket);
        assertThat(rep.get("/claims?q=box").html().select(".g-tickets td a").eachText())
                .doesNotContain(amiraTicket);
        String dashboard = rep.get("/claims/dashboard")
                .html()
                .select("#count-new .g-count")
                .text();
        // Other test classes share atlas and may open tickets for his customers too: count them from the records.
        assertThat(Integer.parseInt(dashboard)).isEqualTo(newTicketsOfCustomersOf("sales@atlas.demo"));
        String csrf = rep.csrfToken("/claims/" + repsTicket);
        assertThat(rep.postForm("/claims/" + amiraTicket + "/messages", Map.of("body", "x", "_csrf", csrf))
                        .status())
                .isEqualTo(404);

        String token = accounts.accessToken(atlas, "sales@atlas.demo", "demo");
        assertThat(rep.getWithToken("/api/claims/" + amiraTicket, token).status())
                .isEqualTo(404);
        assertThat(rep.getWithToken("/api/claims/" + repsTicket, token).status())
                .isEqualTo(200);
        assertThat(rep.getWithToken("/api/claims", token).body())
                .contains(repsTicket)
                .doesNotContain(amiraTicket);
        assertThat(rep.getWithToken("/api/claims/similar?text=box%20redemarre", token)
                        .body())
                .doesNotContain(amiraTicket);
        assertThat(post(atlas, "/api/claims/" + amiraTicket + "/messages", token, "{\"body\":\"x\"}"))
                .isEqualTo(404);
    }

    @Test
    void anotherTenantNeverSeesTheTicket() {
        TenantHttp.Client medinaAdmin = signedIn(medina, "admin@medina.demo");
        TenantHttp.Page page = medinaAdmin.get("/claims/" + repsTicket);
        assertThat(page.body()).doesNotContain(repsTitle);
        assertThat(medinaAdmin.get("/claims?q=portabilite").body()).doesNotContain(repsTitle);
        String medinaToken = accounts.accessToken(medina, "admin@medina.demo", "demo");
        assertThat(medinaAdmin
                        .getWithToken("/api/claims?q=portabilite", medinaToken)
                        .body())
                .doesNotContain(repsTitle);
        assertThat(http.tenant(atlas)
                        .getWithToken("/api/claims/" + repsTicket, medinaToken)
                        .status())
                .isEqualTo(401);
        TenantHttp.Client atlasAdmin = signedIn(atlas, "admin@atlas.demo");
        assertThat(http.tenant(medina)
                        .getWithCookie(
                                "/claims/" + repsTicket, "GUICHET_SESSION=" + atlasAdmin.cookie("GUICHET_SESSION"))
                        .status())
                .isEqualTo(302);
    }

    @Test
    void theStaffSeeHiddenNotesAndTheListRefreshesItsResultsAlone() throws Exception {
        TenantHttp.Client admin = signedIn(atlas, "admin@atlas.demo");
        assertThat(admin.get("/claims/" + amiraTicket).body()).contains(NOTE);

        String session = "GUICHET_SESSION=" + admin.cookie("GUICHET_SESSION");
        HttpResponse<String> fragment = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(admin.uri("/claims?q=box"))
                                .header("Cookie", session)
                                .header("HX-Request", "true")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body())
                .startsWith("<div id=\"results\"")
                .contains(amiraTicket)
                .doesNotContain("<html");
        HttpResponse<String> board = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(admin.uri("/claims/dashboard"))
                                .header("Cookie", session)
                                .header("HX-Request", "true")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(board.body()).contains("hx-trigger=\"every 60s\"").doesNotContain("<html");
    }

    private TenantHttp.Client signedIn(TenantProfile tenant, String email) {
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(email, "demo");
        return client;
    }

    private int post(TenantProfile tenant, String path, String token, String json) {
        return send(tenant, path, token, "POST", json);
    }

    private int put(TenantProfile tenant, String path, String token, String json) {
        return send(tenant, path, token, "PUT", json);
    }

    private int send(TenantProfile tenant, String path, String token, String method, String json) {
        try {
            URI target = http.tenant(tenant).uri(path);
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(target)
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .header("Accept", "application/json")
                                    .method(method, HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
    /** New tickets whose customer the given staff user is in charge of, read from the records, not the search. */
    private int newTicketsOfCustomersOf(String email) {
        return fixture.in(atlas, () -> {
            User rep = users.findByEmail(email).orElseThrow();
            return (int) tickets.findAll(org.springframework.data.domain.Pageable.unpaged()).stream()
                    .filter(t -> t.category() == guichet.platform.tickets.Ticket.Category.NEW)
                    .filter(t -> t.customer()
                            .flatMap(customers::find)
                            .flatMap(Customer::salesRep)
                            .filter(rep.id()::equals)
                            .isPresent())
                    .count();
        });
    }
}
