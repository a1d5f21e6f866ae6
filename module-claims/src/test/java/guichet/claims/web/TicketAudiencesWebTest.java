package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.Users;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The staff ticket list filtered by a group of customers, a saved filter of the customer list used as an audience:
 * picked in the filter form, kept by the list's own saved filters, exported alike, never reaching past the user's
 * access, and unknown in another tenant.
 */
@GuichetTest
@Import(DeskFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketAudiencesWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    Users users;

    @Autowired
    DeskFixture desk;

    private TenantProfile tenant;
    private TenantHttp.Client admin;
    private TenantHttp.Client firstRep;
    private TenantHttp.Client secondRep;
    private String ofFirst;
    private String alsoOfFirst;
    private String ofSecond;
    private String personOfFirst;
    private String companies;

    @BeforeAll
    void companiesAndTheirTickets() {
        tenant = tenants.create("aud", "customers", "claims");
        admin = desk.signedIn(tenant, "admin", Role.TENANT_ADMIN);
        firstRep = desk.signedIn(tenant, "rep1", Role.SALES_REP);
        secondRep = desk.signedIn(tenant, "rep2", Role.SALES_REP);
        UserId first = staffId("rep1");
        UserId second = staffId("rep2");
        ofFirst = ticket(customer("Atlas SARL", "Entreprises", first), "Facture Atlas");
        alsoOfFirst = ticket(customer("Sfax Logistique", "Entreprises", first), "Ligne Sfax");
        ofSecond = ticket(customer("Médina Export", "Entreprises", second), "Débit Médina");
        personOfFirst = ticket(customer("Amira Ben Salah", "Particuliers", first), "Box Amira");

        TenantHttp.Page saved = admin.postForm(
                "/filters",
                Map.of(
                        "listKey", "customers.list",
                        "name", "Entreprises",
                        "query", "segment=Entreprises",
                        "shared", "true",
                        "returnTo", "/customers",
                        "_csrf", admin.csrfToken("/customers")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        companies = admin.get("/claims").html().select("select#audience option").stream()
                .filter(option -> option.text().equals("Entreprises"))
                .findFirst()
                .orElseThrow()
                .val();
    }

    @Test
    void theListShowsTheTicketsOfTheGroupsCustomersOnly() {
        Document list = admin.get("/claims?audience=" + companies).html();
        assertThat(numbers(list)).containsExactlyInAnyOrder(ofFirst, alsoOfFirst, ofSecond);
        assertThat(list.select("select#audience option[selected]").text()).isEqualTo("Entreprises");
        assertThat(numbers(admin.get("/claims").html())).contains(personOfFirst);
    }

    @Test
    void aSalesRepresentativeNeverGetsAnothersCustomersThroughAGroup() {
        assertThat(numbers(firstRep.get("/claims?audience=" + companies).html()))
                .containsExactlyInAnyOrder(ofFirst, alsoOfFirst);
        assertThat(numbers(secondRep.get("/claims?audience=" + companies).html()))
                .containsExactly(ofSecond);
        String csv = firstRep.get("/claims/export.csv?audience=" + companies).body();
        assertThat(csv).contains(ofFirst, alsoOfFirst).doesNotContain(ofSecond).doesNotContain(personOfFirst);
    }

    @Test
    void theListsSavedFiltersKeepTheGroupAndTheExportFollowsIt() {
        Document list = admin.get("/claims?view=open&audience=" + companies).html();
        assertThat(list.select(".g-save-filter input[name=query]").val())
                .contains("audience=" + companies)
                .contains("view=open");
        assertThat(list.select("a.g-export").attr("href")).contains("audience=" + companies);
        String csv = admin.get("/claims/export.csv?audience=" + companies).body();
        assertThat(csv).contains(ofFirst, alsoOfFirst, ofSecond).doesNotContain(personOfFirst);
    }

    @Test
    void anotherTenantsGroupIsNotFound() {
        TenantProfile other = tenants.create("audx", "customers", "claims");
        TenantHttp.Client otherAdmin = desk.signedIn(other, "admin", Role.TENANT_ADMIN);
        assertThat(otherAdmin.get("/claims?audience=" + companies).status()).isEqualTo(404);
        assertThat(otherAdmin.get("/claims/export.csv?audience=" + companies).status())
                .isEqualTo(404);
        assertThat(otherAdmin.get("/claims").html().select("select#audience")).isEmpty();
    }

    private static List<String> numbers(Document list) {
        return list.select("table.g-tickets tbody tr td:first-child a").eachText();
    }

    private UserId staffId(String name) {
        return desk.in(tenant, () -> users.findByEmail(name + "@" + tenant.slug() + ".test"))
                .orElseThrow()
                .id();
    }

    private Customer customer(String company, String segment, UserId rep) {
        return desk.company(tenant, company, segment, rep);
    }

    private String ticket(Customer customer, String title) {
        return desk.ticket(tenant, customer, title).number();
    }
}
