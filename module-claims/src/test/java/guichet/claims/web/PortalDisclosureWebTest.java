package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketEditing;
import guichet.claims.TicketReading;
import guichet.claims.desk.Claim;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a customer can learn of the staff's side of his ticket (issue 12, weaknesses 6 and 7), over real HTTP signed in
 * through Keycloak: the portal API answers what the portal pages show and nothing that moves when a hidden note is
 * written or the ticket is assigned; the « similar tickets » hints match only what he may read.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ClaimsFixture.class)
class PortalDisclosureWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    TicketEditing editing;

    @Autowired
    TicketReading reading;

    @Autowired
    Customers customers;

    @Autowired
    Users users;

    private TenantProfile atlas;
    private Customer amira;
    private User agent;
    private User supervisor;

    @BeforeAll
    void theDemoCustomerAndTwoAgents() {
        atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        amira = fixture.in(
                atlas, () -> customers.findByEmail("amira.bensalah@example.tn").getFirst());
        agent = fixture.in(atlas, () -> users.findByEmail("agent@atlas.demo").orElseThrow());
        supervisor = fixture.staff(atlas, "Superviseur-Discret");
    }

    @Test
    void thePortalApiAnswersWhatThePortalShowsAndNothingAHiddenNoteChanges() {
        Claim ticket = fixture.portalTicket(atlas, amira, "Décodeur muet", "Plus de son depuis hier soir.");
        fixture.in(atlas, () -> desk.reply(ticket, "Avez-vous redémarré le décodeur ?", fixture.actor(agent)));
        String token = accounts.accessToken(atlas, "customer@atlas.demo", "demo");
        TenantHttp.Client api = http.tenant(atlas);
        String path = "/api/claims/my/" + ticket.number();
        JsonNode before = JSON.readTree(api.getWithToken(path, token).body());
        JsonNode listedBefore = listed(api.getWithToken("/api/claims/my", token).body(), ticket.number());

        assertThat(fields(before))
                .containsExactlyInAnyOrder("ticket", "productName", "messages", "timeline", "rating", "ratingComment");
        assertThat(fields(before.get("ticket")))
                .containsExactlyInAnyOrder(
                        "number",
                        "title",
                        "status",
                        "statusLabel",
                        "category",
                        "awaitingCustomer",
                        "type",
                        "typeLabel",
                        "customerName",
                        "createdAt",
                        "updatedAt");
        assertThat(fields(before.get("messages").get(0)))
                .containsExactlyInAnyOrder("id", "fromStaff", "author", "body", "createdAt");
        assertThat(fields(listedBefore)).containsExactlyInAnyOrderElementsOf(fields(before.get("ticket")));

        fixture.in(atlas, () -> {
            Claim current = fixture.reload(atlas, ticket);
            editing.assign(current, List.of(supervisor.id()), fixture.actor(supervisor));
            return desk.note(
                    fixture.reload(atlas, ticket),
                    "Client connu pour ses réclamations, vérifier la facture",
                    fixture.actor(supervisor));
        });
        assertThat(fixture.reload(atlas, ticket).lastActivityBy()).contains(supervisor.displayName());

        String after = api.getWithToken(path, token).body();
        assertThat(JSON.readTree(after)).as("the note's time and author").isEqualTo(before);
        assertThat(listed(api.getWithToken("/api/claims/my", token).body(), ticket.number()))
                .isEqualTo(listedBefore);
        assertThat(after)
                .doesNotContain(supervisor.displayName(), "priority", "assignee", "DueAt", "lastActivity", "hidden");
    }

    @Test
    void aWordOnlyInAHiddenNoteFindsNothingForTheCustomerButStillForTheStaff() {
        Claim ticket = fixture.portalTicket(atlas, amira, "Chaîne cryptée indisponible", "L'écran reste noir.");
        fixture.in(atlas, () -> {
            desk.note(ticket, "Le technicien soupçonne le connecteur zygomorphe", fixture.actor(agent));
            desk.resolve(fixture.reload(atlas, ticket), fixture.actor(agent));
            return null;
        });
        TenantHttp.Client customer = http.tenant(atlas);
        customer.signIn("customer@atlas.demo", "demo");

        assertThat(customer.get("/claims/my/similar?title=zygomorphe").body())
                .as("a word of the hidden note")
                .doesNotContain(ticket.number());
        assertThat(customer.get("/claims/my/new?title=connecteur+zygomorphe").body())
                .doesNotContain(ticket.number());
        assertThat(customer.get("/claims/my/similar?title=chaine+cryptee").body())
                .as("a word of its title")
                .contains(ticket.number());

        TenantHttp.Client staff = http.tenant(atlas);
        staff.signIn("agent@atlas.demo", "demo");
        assertThat(staff.get("/claims/similar?title=zygomorphe").body()).contains(ticket.number());
        assertThat(fixture.in(atlas, () -> reading.similar("zygomorphe", CustomerAccess.EVERYONE, 5)).stream()
                        .map(similar -> similar.ticket().number()))
                .contains(ticket.number());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode listed(String page, String number) {
        return StreamSupport.stream(JSON.readTree(page).get("items").spliterator(), false)
                .filter(item -> number.equals(item.get("number").asString()))
                .findFirst()
                .orElseThrow();
    }
}
