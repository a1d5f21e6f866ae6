package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.desk.Claim;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The staff list exported as CSV over real HTTP: the list's filters and sort, the user's access (a sales rep exports his
 * customers' tickets only, another tenant nothing of this one), and a file Excel reads as French offices use it (BOM,
 * semicolons, the tenant's local times, no formula run from a cell a customer typed).
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ClaimsFixture.class)
class ClaimsExportWebTest {

    private static final String MARK = "Exportcsv";

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    Customers customers;

    @Autowired
    Users users;

    private TenantProfile atlas;
    private Customer repsCustomer;
    private Customer other;
    private Claim repsTicket;
    private Claim formula;
    private Claim othersSecond;

    @BeforeAll
    void ticketsOfTwoCustomers() {
        atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        User rep = fixture.in(atlas, () -> users.findByEmail("sales@atlas.demo").orElseThrow());
        repsCustomer = fixture.in(
                atlas,
                () -> customers.save(Customer.company(
                                customers.nextNumber(), Customer.Stage.CUSTOMER, "Client suivi " + MARK, Instant.now())
                        .assignSalesRep(rep.id(), Instant.now())));
        other = fixture.customer(atlas, "Autre" + MARK);
        repsTicket = fixture.portalTicket(atlas, repsCustomer, MARK + " ligne du commercial", "Coupée.");
        formula = fixture.portalTicket(atlas, other, "=HYPERLINK(\"http://evil.example\";\"" + MARK + "\")", "Piège.");
        othersSecond = fixture.portalTicket(atlas, other, "@SUM(1;2) " + MARK, "Deuxième.");
    }

    @Test
    void aSalesRepExportsOnlyHisCustomersTickets() {
        List<CSVRecord> rows = export(signedIn(atlas, "sales@atlas.demo"), "/claims/export.csv?q=" + MARK);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(repsTicket.number());
        assertThat(export(signedIn(atlas, "sales@atlas.demo"), "/claims/export.csv"))
                .extracting(r -> r.get(0))
                .contains(repsTicket.number())
                .doesNotContain(formula.number(), othersSecond.number());
    }

    @Test
    void theStaffExportHonoursTheListsFiltersAndSortInExcelsFrenchFormat() {
        TenantHttp.Client admin = signedIn(atlas, "admin@atlas.demo");
        HttpResponse<byte[]> file = admin.download(HttpRequest.newBuilder(
                admin.uri("/claims/export.csv?customer=" + other.id().value() + "&sort=number&dir=asc")));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(file.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "\uFEFFNuméro;Objet;Créée le;Client;Boutique;Produit ou service;Statut;Priorité;Type;Canal;Assignés;"
                                + "Résolution prévue;Dernière activité;Dernière activité par");

        List<CSVRecord> rows = parse(text);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(formula.number(), othersSecond.number());
        assertThat(rows.get(0).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\";\"" + MARK + "\")");
        assertThat(rows.get(1).get(1)).isEqualTo("'@SUM(1;2) " + MARK);
        assertThat(rows.get(0).get(2))
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(formula.createdAt().atZone(atlas.zoneId())));
        assertThat(rows.get(0).get(3)).isEqualTo(other.displayName());
        assertThat(rows.get(0).get(9)).isEqualTo("Espace client");

        List<CSVRecord> reversed =
                export(admin, "/claims/export.csv?customer=" + other.id().value() + "&sort=number&dir=desc");
        assertThat(reversed).extracting(r -> r.get(0)).containsExactly(othersSecond.number(), formula.number());
    }

    @Test
    void theListOffersTheExportWithItsFiltersAndSort() {
        TenantHttp.Client admin = signedIn(atlas, "admin@atlas.demo");
        String link = admin.get("/claims?q=" + MARK + "&view=open&sort=number&dir=asc")
                .html()
                .select("a.g-export")
                .attr("href");
        assertThat(link).isEqualTo("/claims/export.csv?q=" + MARK + "&view=open&sort=number&dir=asc");
        assertThat(export(admin, link))
                .extracting(r -> r.get(0))
                .containsExactly(repsTicket.number(), formula.number(), othersSecond.number());
    }

    @Test
    void anotherTenantsExportHoldsNothingOfThisOne() {
        TenantProfile medina = catalog.find(new TenantId("medina")).orElseThrow();
        TenantHttp.Client medinaAdmin = signedIn(medina, "admin@medina.demo");
        HttpResponse<byte[]> file = medinaAdmin.download(HttpRequest.newBuilder(medinaAdmin.uri("/claims/export.csv")));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).doesNotContain(MARK);
        assertThat(export(medinaAdmin, "/claims/export.csv?q=" + MARK)).isEmpty();
    }

    private List<CSVRecord> export(TenantHttp.Client client, String path) {
        HttpResponse<byte[]> file = client.download(HttpRequest.newBuilder(client.uri(path)));
        assertThat(file.statusCode()).as(path).isEqualTo(200);
        return parse(new String(file.body(), StandardCharsets.UTF_8));
    }

    /** The rows of an exported file (its byte order mark skipped), by the names its header gives its columns. */
    static List<CSVRecord> parse(String text) {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text.substring(1)))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TenantHttp.Client signedIn(TenantProfile tenant, String email) {
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(email, "demo");
        return client;
    }
}
