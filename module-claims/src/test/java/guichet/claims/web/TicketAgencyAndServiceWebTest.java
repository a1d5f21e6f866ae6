package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.tickets.Ticket;
import guichet.platform.users.User;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A post office's counter demands by agency and service (issue 16) over real HTTP: the staff list filters on both and
 * names both beside each demand, so does its CSV export, and staff who may edit a demand correct its agency and
 * service, each correction in its timeline; nobody else can.
 */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import({ClaimsFixture.class, DeskFixture.class})
class TicketAgencyAndServiceWebTest {

    /** The words of La Poste du Bénin (seed 000): its sites are agencies. */
    private static final Map<String, Map<String, String>> AGENCIES = Map.of(
            "fr", Map.of("noun.site.singular", "agence", "noun.site.plural", "agences", "noun.site.gender", "feminine"),
            "en", Map.of("noun.site.singular", "agency", "noun.site.plural", "agencies"));

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    DeskFixture desk;

    @Autowired
    Sites sites;

    @Autowired
    Claims claims;

    @Autowired
    Products products;

    private TenantProfile poste;
    private Site ganhi;
    private Site portoNovo;
    private Site closed;
    /** Where the demands the tests correct are recorded, about stamps: the lists filter on neither. */
    private Site abomey;

    private Product stamps;
    private Product parcel;
    private Product moneyOrder;
    private Customer walkIn;
    private Claim parcelAtGanhi;
    private Claim moneyOrderAtGanhi;
    private Claim parcelAtPortoNovo;
    private TenantHttp.Client agent;

    @BeforeAll
    void counterDemandsAtTwoAgencies() {
        poste = tenants.create("poste", "base", AGENCIES, "customers", "claims");
        ganhi = site("COT-01", "Cotonou Ganhi");
        portoNovo = site("PNO-01", "Porto-Novo Centre");
        closed = site("PAR-01", "Parakou");
        abomey = site("ABO-01", "Abomey");
        fixture.in(poste, () -> {
            Site found = sites.find(closed.id()).orElseThrow();
            found.close(Instant.now());
            return sites.save(found);
        });
        parcel = service("COLIS", "Colis postal");
        moneyOrder = service("MANDAT", "Mandat express");
        stamps = service("TIMBRES", "Timbres");
        walkIn = fixture.customer(poste, "Guichet");
        parcelAtGanhi = counterDemand("Colis non livré", parcel, ganhi);
        moneyOrderAtGanhi = counterDemand("Mandat non payé", moneyOrder, ganhi);
        parcelAtPortoNovo = counterDemand("Colis abîmé", parcel, portoNovo);
        agent = desk.signedIn(poste, "agent", Role.AGENT);
    }

    @Test
    void theListFiltersByAgencyAndNamesEachDemandsAgencyAndService() {
        Document all = agent.get("/claims").html();
        assertThat(all.select("#site option").eachText())
                .as("the open agencies only, Parakou being closed")
                .containsExactly("Toutes", "Abomey", "Cotonou Ganhi", "Porto-Novo Centre");
        assertThat(all.select("th.g-site").text()).isEqualTo("Agence");
        assertThat(row(all, parcelAtPortoNovo).select("td.g-site").text()).isEqualTo("Porto-Novo Centre");
        assertThat(row(all, parcelAtPortoNovo).select("td.g-product").text()).isEqualTo("Colis postal");

        Document atGanhi = agent.get("/claims?site=" + ganhi.id().value()).html();

        assertThat(numbers(atGanhi)).containsExactlyInAnyOrder(parcelAtGanhi.number(), moneyOrderAtGanhi.number());
        assertThat(atGanhi.select("#site option[selected]").text()).isEqualTo("Cotonou Ganhi");
    }

    @Test
    void theListFiltersByServiceAndBothFiltersTogether() {
        Document parcels = agent.get("/claims?product=" + parcel.id().value()).html();
        assertThat(numbers(parcels)).containsExactlyInAnyOrder(parcelAtGanhi.number(), parcelAtPortoNovo.number());
        assertThat(parcels.select("#product option[selected]").text()).isEqualTo("Colis postal");

        Document parcelsAtGanhi = agent.get("/claims?site=" + ganhi.id().value() + "&product="
                        + parcel.id().value())
                .html();
        assertThat(numbers(parcelsAtGanhi)).containsExactly(parcelAtGanhi.number());
        assertThat(parcelsAtGanhi.select("a.g-export").attr("href"))
                .isEqualTo("/claims/export.csv?site=" + ganhi.id().value() + "&product="
                        + parcel.id().value());
    }

    @Test
    void theExportNamesEachDemandsAgencyAndServiceAndHonoursTheServiceFilter() {
        List<CSVRecord> rows =
                export("/claims/export.csv?product=" + parcel.id().value() + "&sort=number&dir=asc");

        assertThat(rows)
                .extracting(r -> r.get("Numéro"))
                .containsExactly(parcelAtGanhi.number(), parcelAtPortoNovo.number());
        assertThat(rows).extracting(r -> r.get("Agence")).containsExactly("Cotonou Ganhi", "Porto-Novo Centre");
        assertThat(rows).extracting(r -> r.get("Produit ou service")).containsOnly("Colis postal");
    }

    @Test
    void correctingADemandsAgencyAndServiceRecordsBothInItsTimeline() {
        Claim demand = counterDemand("Timbres manquants", stamps, abomey);
        String path = "/claims/" + demand.number();

        TenantHttp.Page saved = agent.postForm(
                path + "/fields",
                Map.of(
                        "site", portoNovo.id().value().toString(),
                        "product", moneyOrder.id().value().toString(),
                        "_csrf", agent.csrfToken(path)));

        assertThat(saved.isRedirect()).as(saved.body()).isTrue();
        Claim corrected = fixture.reload(poste, demand);
        assertThat(corrected.site()).contains(portoNovo.id());
        assertThat(corrected.product()).contains(moneyOrder.id());
        List<String> timeline = agent.get(path).html().select(".g-timeline li").eachText();
        assertThat(timeline)
                .anySatisfy(entry -> assertThat(entry).endsWith("a modifié agence Abomey → Porto-Novo Centre"))
                .anySatisfy(entry -> assertThat(entry).endsWith("a modifié produit Timbres → Mandat express"));
    }

    @Test
    void aDemandIsNeverMovedToAClosedAgency() {
        Claim demand = counterDemand("Timbres en souffrance", stamps, abomey);
        String path = "/claims/" + demand.number();

        TenantHttp.Page refused = agent.postForm(
                path + "/fields", Map.of("site", closed.id().value().toString(), "_csrf", agent.csrfToken(path)));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".alert-danger").text())
                .isEqualTo("Choisissez une agence ouverte de la liste.");
        assertThat(fixture.reload(poste, demand).site()).contains(abomey.id());
    }

    @Test
    void onlyStaffWhoMayEditADemandCorrectItsAgency() {
        Claim demand = counterDemand("Boîte postale bloquée", stamps, abomey);
        String path = "/claims/" + demand.number() + "/fields";
        Map<String, String> toPortoNovo = Map.of("site", portoNovo.id().value().toString());

        accounts.staff(poste, "norights");
        TenantHttp.Client noRights = http.tenant(poste);
        noRights.signIn("norights@" + poste.slug() + ".test", TestAccounts.PASSWORD);
        User account = accounts.customer(poste, "client");
        TenantHttp.Client customer = http.tenant(poste);
        customer.signIn(account.email(), TestAccounts.PASSWORD);
        TenantHttp.Client visitor = http.tenant(poste);

        assertThat(post(noRights, path, toPortoNovo, noRights.csrfToken("/")).status())
                .isEqualTo(403);
        assertThat(post(customer, path, toPortoNovo, customer.csrfToken("/claims/my/new"))
                        .status())
                .isEqualTo(403);
        assertThat(visitor.postForm(path, toPortoNovo).status()).isIn(302, 403);
        assertThat(fixture.reload(poste, demand).site()).contains(abomey.id());
    }

    /**
     * The counter records each demand for an agency: an administrator attached to none chooses it among the open ones
     * (and is asked to when he did not), an agent attached to none is told why he cannot record, not « not found ».
     */
    @Test
    void anAdministratorWithoutAnAgencyChoosesItAndAnAgentWithoutOneIsToldWhy() {
        TenantHttp.Client admin = desk.signedIn(poste, "chef", Role.TENANT_ADMIN);
        Document form = admin.get("/claims/counter").html();
        assertThat(form.select("#site option").eachText())
                .contains("COT-01 — Cotonou Ganhi", "ABO-01 — Abomey")
                .doesNotContain("PAR-01 — Parakou");
        Map<String, String> demand = new HashMap<>(Map.of(
                "customer", walkIn.id().value().toString(),
                "product", stamps.id().value().toString(),
                "title", "Carnet de timbres introuvable",
                "description", "Commandé la semaine dernière.",
                "intent", "open"));

        Document refused = post(admin, "/claims/counter", demand, admin.csrfToken("/claims/counter"))
                .html();
        assertThat(refused.select(".alert-danger").text())
                .isEqualTo("Choisissez l'agence où la réclamation est faite.");
        assertThat(refused.select("#title").val()).isEqualTo("Carnet de timbres introuvable");

        demand.put("site", ganhi.id().value().toString());
        TenantHttp.Page recorded = post(admin, "/claims/counter", demand, admin.csrfToken("/claims/counter"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        String number = recorded.header("Location").replaceAll(".*/claims/", "");
        Claim ticket = fixture.in(poste, () -> claims.findByNumber(number).orElseThrow());
        assertThat(ticket.site()).contains(ganhi.id());
        assertThat(ticket.channel()).isEqualTo(Ticket.Channel.COUNTER);

        TenantHttp.Client agentWithout = desk.signedIn(poste, "sansagence", Role.AGENT);
        TenantHttp.Page told = agentWithout.get("/claims/counter");
        assertThat(told.status()).isEqualTo(200);
        assertThat(told.html().select(".g-no-agency").text()).startsWith("Vous n'êtes rattaché à aucune agence");
        assertThat(told.html().select("form.g-form")).isEmpty();
        demand.put("site", ganhi.id().value().toString());
        TenantHttp.Page stillTold =
                post(agentWithout, "/claims/counter", demand, agentWithout.csrfToken("/claims/counter"));
        assertThat(stillTold.html().select(".g-no-agency")).hasSize(1);
    }

    /**
     * The counter names the tenant's own sites, not La Poste's agencies: with the platform's default word, « point de
     * vente » (masculine), its notices agree with it.
     */
    @Test
    void theCounterNamesTheTenantsOwnSites() {
        TenantProfile shops = tenants.create("comptoirs", "base", Map.of(), "customers", "claims");
        fixture.in(shops, () -> sites.save(new Site("AKP-01", "Akpakpa", Site.Kind.AGENCY, Instant.now())));
        Document form = desk.signedIn(shops, "chef", Role.TENANT_ADMIN)
                .get("/claims/counter")
                .html();
        assertThat(form.select("label[for=site]").text()).isEqualTo("Point de vente");
        assertThat(form.select("#site-help").text())
                .startsWith("Vous n'êtes rattaché à aucun point de vente : choisissez celui pour lequel");

        Document told = desk.signedIn(shops, "sanspoint", Role.AGENT)
                .get("/claims/counter")
                .html();
        assertThat(told.select(".g-no-agency").text())
                .startsWith("Vous n'êtes rattaché à aucun point de vente : le guichet enregistre chaque")
                .contains("au nom du point de vente où")
                .endsWith("Demandez à un administrateur de vous rattacher au vôtre.")
                .doesNotContain("agence");
    }

    private static TenantHttp.Page post(
            TenantHttp.Client client, String path, Map<String, String> fields, String csrf) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put("_csrf", csrf);
        return client.postForm(path, withToken);
    }

    private Site site(String code, String name) {
        return fixture.in(poste, () -> sites.save(new Site(code, name, Site.Kind.AGENCY, Instant.now())));
    }

    private Product service(String code, String name) {
        return fixture.in(
                poste, () -> products.save(new Product(code, name, Product.Kind.SERVICE, null, Instant.now())));
    }

    private Claim counterDemand(String title, Product service, Site at) {
        return desk.atCounter(poste, walkIn, title, service.id(), at.id());
    }

    private static Elements row(Document list, Claim ticket) {
        return list.select("table.g-tickets tbody tr:has(a:containsOwn(" + ticket.number() + "))");
    }

    private static List<String> numbers(Document list) {
        return list.select("table.g-tickets tbody tr td:first-child a").eachText();
    }

    private List<CSVRecord> export(String path) {
        HttpResponse<byte[]> file = agent.download(HttpRequest.newBuilder(agent.uri(path)));
        assertThat(file.statusCode()).as(path).isEqualTo(200);
        return ClaimsExportWebTest.parse(new String(file.body(), StandardCharsets.UTF_8));
    }
}
