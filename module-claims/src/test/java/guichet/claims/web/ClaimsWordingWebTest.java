package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The service desk speaks of requests by each tenant's own word and agrees with it: the notice after opening one,
 * the list's heading, views, columns and count, the dashboard, in French and Arabic, for seed 004's « demande
 * d'assistance », seed 000's « demande client », the tickets of seeds 001 and 003, and the default « réclamation ».
 */
@GuichetTest
@Import(DeskFixture.class)
class ClaimsWordingWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    DeskFixture desk;

    @Test
    void aDistributorsSupportRequestsAreFeminineInFrenchAndMasculineInArabic() {
        TenantProfile distrib = tenants.create(
                "distrib",
                "base",
                Map.of(
                        "fr",
                                Map.of(
                                        "noun.ticket.singular", "demande d'assistance",
                                        "noun.ticket.plural", "demandes d'assistance",
                                        "noun.ticket.gender", "feminine"),
                        "ar",
                                Map.of(
                                        "noun.ticket.singular", "طلب مساعدة",
                                        "noun.ticket.plural", "طلبات مساعدة",
                                        "noun.ticket.dual", "طلبا مساعدة",
                                        "noun.ticket.definite", "طلبات المساعدة",
                                        "noun.ticket.gender", "masculine")),
                "customers",
                "claims");
        TenantHttp.Client admin = admin(distrib);

        assertThat(open(admin, customer(distrib))).isEqualTo("La demande d'assistance a été créée.");
        ticket(distrib, customer(distrib));
        Document list = admin.get("/claims").html();
        assertThat(list.select("h1").text()).isEqualTo("Demandes d'assistance");
        assertThat(list.select("a.btn-primary[href=/claims/new]").text()).isEqualTo("Nouvelle demande d'assistance");
        assertThat(count(list)).isEqualTo("2 demandes d'assistance");
        assertThat(views(list)).containsSubsequence("Toutes", "Ouvertes", "Clôturées");
        assertThat(list.select("table.g-tickets th").eachText()).contains("Créée le");
        assertThat(admin.get("/claims/dashboard").html().select("#count-new").text())
                .endsWith("Nouvelles");

        Document arabic = admin.get("/claims?lang=ar").html();
        assertThat(arabic.select("h1").text()).isEqualTo("طلبات المساعدة");
        assertThat(count(arabic)).isEqualTo("طلبا مساعدة");
        assertThat(arabic.select("a.btn-primary[href=/claims/new]").text()).isEqualTo("طلب مساعدة جديد");
    }

    @Test
    void ticketsAreMasculine() {
        TenantProfile sav = tenants.create(
                "sav",
                "base",
                Map.of(
                        "fr",
                        Map.of(
                                "noun.ticket.singular", "ticket",
                                "noun.ticket.plural", "tickets",
                                "noun.ticket.gender", "masculine")),
                "customers",
                "claims");
        TenantHttp.Client admin = admin(sav);

        assertThat(open(admin, customer(sav))).isEqualTo("Le ticket a été créé.");
        Document list = admin.get("/claims").html();
        assertThat(list.select("h1").text()).isEqualTo("Tickets");
        assertThat(list.select("a.btn-primary[href=/claims/new]").text()).isEqualTo("Nouveau ticket");
        assertThat(count(list)).isEqualTo("1 ticket");
        assertThat(views(list)).containsSubsequence("Tous", "Ouverts", "Clôturés");
        assertThat(list.select("table.g-tickets th").eachText()).contains("Créé le");
        Document dashboard = admin.get("/claims/dashboard").html();
        assertThat(dashboard.select("#count-new").text()).endsWith("Nouveaux");
        assertThat(dashboard.select("#count-closedToday").text()).endsWith("Clôturés aujourd'hui");
    }

    @Test
    void thePostsClientRequestsAndTheDefaultClaimsAreFeminine() {
        TenantProfile poste = tenants.create(
                "poste",
                "base",
                Map.of(
                        "fr",
                        Map.of(
                                "noun.ticket.singular", "demande client",
                                "noun.ticket.plural", "demandes client",
                                "noun.ticket.gender", "feminine")),
                "customers",
                "claims");
        TenantHttp.Client posteAdmin = admin(poste);
        assertThat(open(posteAdmin, customer(poste))).isEqualTo("La demande client a été créée.");
        assertThat(count(posteAdmin.get("/claims").html())).isEqualTo("1 demande client");

        TenantProfile standard = tenants.create("atlas", "customers", "claims");
        TenantHttp.Client admin = admin(standard);
        assertThat(open(admin, customer(standard))).isEqualTo("La réclamation a été créée.");
        Document list = admin.get("/claims").html();
        assertThat(list.select("h1").text()).isEqualTo("Réclamations");
        assertThat(count(list)).isEqualTo("1 réclamation");
    }

    /** Opens a ticket from the staff form and returns the notice the ticket's page shows. */
    private static String open(TenantHttp.Client admin, Customer customer) {
        TenantHttp.Page opened = admin.postForm(
                "/claims/new",
                Map.of(
                        "customer", customer.id().value().toString(),
                        "title", "Plus de connexion",
                        "description", "Depuis ce matin.",
                        "intent", "open",
                        "_csrf", admin.csrfToken("/claims/new")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        return admin.follow(opened).html().select("main .alert-success").text();
    }

    private static String count(Document list) {
        return list.select("#results div.d-flex > p").first().text();
    }

    private static List<String> views(Document list) {
        return list.select("nav.nav-pills a").eachText();
    }

    private TenantHttp.Client admin(TenantProfile tenant) {
        return desk.signedIn(tenant, "admin", Role.TENANT_ADMIN);
    }

    private Customer customer(TenantProfile tenant) {
        return desk.person(tenant, "Fidèle", null);
    }

    private void ticket(TenantProfile tenant, Customer customer) {
        desk.ticket(tenant, customer, "Lenteur");
    }
}
