package guichet.quotes.quote.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.quotes.QuotesMother;
import guichet.quotes.quote.Quote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The quotes API reaches what the pages reach: staff their quotes (a sales representative his customers' only) and
 * any revision; a customer asks for a quote but reads no staff list; anonymous callers and another tenant's tokens are
 * refused; a bad request says why.
 */
@GuichetTest
@Import(QuotesMother.class)
class QuotesApiWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    QuotesMother mother;

    @Test
    void theApiListsReadsAndAsksWithinTheCallersReach() {
        TenantProfile tenant = tenants.create("qapi", "quotes");
        TenantProfile other = tenants.create("qapx", "quotes");
        User seller = accounts.staff(tenant, "vendeur", Role.SELLER);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        User rep = accounts.staff(tenant, "commercial", Role.SALES_REP);
        User customer = accounts.customer(tenant, "client");
        Customer repsCustomer = mother.customerOfRep(tenant, rep, "Portefeuille");
        Quote customers = mother.send(tenant, mother.quote(tenant, mother.customerOf(customer), seller, "100"), seller);
        Quote reps = mother.send(tenant, mother.quote(tenant, repsCustomer.id(), seller, "200"), seller);
        mother.reviseAndSend(tenant, customers, seller, "30");
        TenantHttp.Client api = http.tenant(tenant);

        assertThat(api.get("/api/quotes", "application/json").status()).isEqualTo(401);
        String agentToken = token(tenant, agent);
        TenantHttp.Page all = api.getWithToken("/api/quotes?status=SENT", agentToken);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains(customers.number()).contains(reps.number());
        TenantHttp.Page revision = api.getWithToken("/api/quotes/" + customers.number() + "/revisions/1", agentToken);
        assertThat(revision.status()).isEqualTo(200);
        assertThat(revision.body())
                .contains("\"revision\":1")
                .contains("\"sent\":true")
                .doesNotContain("Option");
        assertThat(api.getWithToken("/api/quotes/" + customers.number(), agentToken)
                        .body())
                .contains("\"revision\":2")
                .contains("Option");
        assertThat(api.getWithToken("/api/quotes/" + customers.number() + "/revisions/9", agentToken)
                        .status())
                .isEqualTo(404);

        String repToken = token(tenant, rep);
        assertThat(api.getWithToken("/api/quotes", repToken).body())
                .contains(reps.number())
                .doesNotContain(customers.number());
        assertThat(api.getWithToken("/api/quotes/" + customers.number(), repToken)
                        .status())
                .isEqualTo(404);

        String customerToken = token(tenant, customer);
        assertThat(api.getWithToken("/api/quotes", customerToken).status()).isEqualTo(403);
        TenantHttp.Page asked = api.sendJsonWithToken(
                "POST",
                "/api/quotes/requests",
                "{\"message\":\"Deux lignes mobiles\",\"items\":[{\"text\":\"Forfait 20 Go\",\"quantity\":2}],"
                        + "\"appointment\":\"CALL\",\"wishedAt\":\"2099-01-05T09:00:00Z\"}",
                customerToken);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.body()).contains("\"number\":\"DDV-");
        TenantHttp.Page bad =
                api.sendJsonWithToken("POST", "/api/quotes/requests", "{\"message\":\" \"}", customerToken);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(api.sendJsonWithToken("POST", "/api/quotes/requests", "{\"message\":\"x\"}", agentToken)
                        .status())
                .isEqualTo(403);

        TenantHttp.Client elsewhere = http.tenant(other);
        assertThat(elsewhere.getWithToken("/api/quotes", agentToken).status()).isEqualTo(401);
        assertThat(elsewhere
                        .getWithToken(
                                "/api/quotes/" + customers.number(),
                                token(other, accounts.staff(other, "a", Role.AGENT)))
                        .status())
                .isEqualTo(404);
    }

    private String token(TenantProfile where, User user) {
        return accounts.accessToken(where, user.email(), TestAccounts.PASSWORD);
    }
}
