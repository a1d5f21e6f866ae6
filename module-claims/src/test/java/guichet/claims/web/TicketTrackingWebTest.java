package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.desk.Claim;
import guichet.platform.customers.Customer;
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
 * The public tracking page ({@code /claims/track}, declared public by the module): anyone with a ticket's number and
 * its customer's e-mail address sees where it stands, without an account; nothing else, and nothing of another tenant.
 */
@GuichetTest
@Import(DeskFixture.class)
class TicketTrackingWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantHttp http;

    @Autowired
    DeskFixture desk;

    @Test
    void anAnonymousVisitorFollowsHisTicketWithItsNumberAndHisAddress() {
        TenantProfile tenant = tenants.create("track", "customers", "claims");
        Customer customer = customer(tenant, "Salma", "salma@example.test");
        Claim ticket = ticket(tenant, customer, "Facture en double de Salma");

        TenantHttp.Client visitor = http.tenant(tenant);
        TenantHttp.Page form = visitor.get("/claims/track");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("h1").text()).isEqualTo("Suivre ma réclamation");

        Document found = track(visitor, ticket.number().toLowerCase(), " SALMA@example.test ");
        assertThat(found.select(".g-progress h2").text()).isEqualTo(ticket.number());
        assertThat(found.select(".g-progress .g-status").text()).isEqualTo("Ouverte");
        assertThat(found.select(".g-not-found")).isEmpty();
        assertThat(found.text()).doesNotContain("Facture en double").doesNotContain("Salma Client");
    }

    @Test
    void aWrongAddressAnswersExactlyLikeANumberThatDoesNotExist() {
        TenantProfile tenant = tenants.create("trackno", "customers", "claims");
        Customer owner = customer(tenant, "Karim", "karim@example.test");
        customer(tenant, "Nadia", "nadia@example.test");
        Claim ticket = ticket(tenant, owner, "Ligne coupée");

        TenantHttp.Client visitor = http.tenant(tenant);
        Document otherCustomer = track(visitor, ticket.number(), "nadia@example.test");
        Document unknownNumber = track(visitor, "T-999999", "karim@example.test");
        Document garbage = track(visitor, "' or 1=1 --", "karim@example.test");
        for (Document page : new Document[] {otherCustomer, unknownNumber, garbage}) {
            assertThat(page.select(".g-progress")).isEmpty();
            assertThat(page.select(".g-not-found").text())
                    .isEqualTo("Aucune réclamation ne correspond à ce numéro et à cette adresse.");
        }
        assertThat(otherCustomer.select("main").text())
                .isEqualTo(unknownNumber.select("main").text());
    }

    @Test
    void anotherTenantsTicketIsNeverFoundEvenWithTheSameNumber() {
        TenantProfile first = tenants.create("tracka", "customers", "claims");
        TenantProfile second = tenants.create("trackb", "customers", "claims");
        Claim ofFirst = ticket(first, customer(first, "Ali", "ali@example.test"), "Chez le premier");
        Claim ofSecond = ticket(second, customer(second, "Mona", "mona@example.test"), "Chez le second");
        assertThat(ofSecond.number()).as("numbers count per tenant").isEqualTo(ofFirst.number());

        TenantHttp.Client visitor = http.tenant(second);
        assertThat(track(visitor, ofFirst.number(), "ali@example.test").select(".g-progress"))
                .isEmpty();
        assertThat(track(visitor, ofSecond.number(), "mona@example.test").select(".g-progress"))
                .hasSize(1);
    }

    @Test
    void theTrackingPageExistsOnlyForTenantsWithTheModuleAndVisitorsFindItInTheNavigation() {
        TenantProfile with = tenants.create("trackyes", "customers", "claims");
        TenantProfile without = tenants.create("tracknone", "customers");
        assertThat(http.tenant(without).get("/claims/track").status()).isEqualTo(404);
        assertThat(navigation(http.tenant(with))).contains("Suivre ma réclamation");
        assertThat(navigation(http.tenant(without))).doesNotContain("Suivre ma réclamation");
        TenantHttp.Page staffList = http.tenant(with).get("/claims");
        assertThat(staffList.status())
                .as("the module's other pages still ask to sign in")
                .isEqualTo(302);
        assertThat(staffList.header("Location")).endsWith("/login");
    }

    private static List<String> navigation(TenantHttp.Client visitor) {
        return visitor.get("/").html().select("#g-nav .navbar-nav.me-auto a").eachText();
    }

    private static Document track(TenantHttp.Client visitor, String number, String email) {
        String csrf = visitor.csrfToken("/claims/track");
        TenantHttp.Page answer =
                visitor.postForm("/claims/track", Map.of("number", number, "email", email, "_csrf", csrf));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.html();
    }

    private Customer customer(TenantProfile tenant, String firstName, String email) {
        return desk.person(tenant, firstName, email);
    }

    private Claim ticket(TenantProfile tenant, Customer customer, String title) {
        return desk.ticket(tenant, customer, title);
    }
}
