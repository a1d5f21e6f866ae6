package guichet.quotes.web;

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
import guichet.quotes.quote.QuoteStatus;
import guichet.quotes.request.Appointment;
import guichet.quotes.request.QuoteRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Who reaches what of quotes and quote requests, page by page: staff by permission (an agent reads, sellers and sales
 * representatives edit), a sales representative only his own customers', a customer only his own in the portal and
 * never a draft; anonymous visitors are sent to sign in; another tenant, and a tenant without the module, show nothing.
 */
@GuichetTest
@Import(QuotesMother.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotesAccessWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    QuotesMother mother;

    private TenantProfile tenant;
    private TenantProfile other;
    private User agent;
    private User seller;
    private User rep;
    private User customer;
    private User stranger;
    private QuoteRequest customersRequest;
    private QuoteRequest repsRequest;
    private Quote customersQuote;
    private Quote repsQuote;
    private Quote draft;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("qac", "quotes");
        other = tenants.create("qax", "quotes");
        agent = accounts.staff(tenant, "agent", Role.AGENT);
        seller = accounts.staff(tenant, "vendeur", Role.SELLER);
        rep = accounts.staff(tenant, "commercial", Role.SALES_REP);
        customer = accounts.customer(tenant, "client");
        stranger = accounts.customer(tenant, "autre");
        Customer repsCustomer = mother.customerOfRep(tenant, rep, "Portefeuille du commercial");
        Instant later = Instant.now().plus(3, ChronoUnit.DAYS);
        customersRequest = mother.request(
                tenant, mother.customerOf(customer), customer, "Pour le client", Appointment.CALL, null, later, null);
        repsRequest = mother.request(
                tenant, repsCustomer.id(), seller, "Pour le commercial", Appointment.CALL, null, later, null);
        customersQuote = mother.send(tenant, mother.quote(tenant, mother.customerOf(customer), seller, "100"), seller);
        repsQuote = mother.send(tenant, mother.quote(tenant, repsCustomer.id(), seller, "200"), seller);
        draft = mother.quote(tenant, mother.customerOf(customer), seller, "50");
    }

    @Test
    void eachRoleReachesThePagesItsPermissionsAndCustomersAllow() {
        String mine = "/quotes/" + customersQuote.number();
        String reps = "/quotes/" + repsQuote.number();
        String mineRequest = "/quotes/requests/" + customersRequest.number();
        String repsRequestPage = "/quotes/requests/" + repsRequest.number();
        String portalQuote = "/quotes/my/" + customersQuote.number();
        String portalDraft = "/quotes/my/" + draft.number();
        Map<String, int[]> expected = new LinkedHashMap<>();
        // anonymous, agent, seller, rep, customer, stranger
        expected.put("/quotes", new int[] {302, 200, 200, 200, 403, 403});
        expected.put(
                "/quotes?status=SENT&customer=X&sort=totalGross&dir=desc", new int[] {302, 200, 200, 200, 403, 403});
        expected.put(mine, new int[] {302, 200, 200, 404, 403, 403});
        expected.put(mine + "/diff?from=1&to=1", new int[] {302, 200, 200, 404, 403, 403});
        expected.put(reps, new int[] {302, 200, 200, 200, 403, 403});
        expected.put("/quotes/requests", new int[] {302, 200, 200, 200, 403, 403});
        expected.put(mineRequest, new int[] {302, 200, 200, 404, 403, 403});
        expected.put(repsRequestPage, new int[] {302, 200, 200, 200, 403, 403});
        expected.put("/quotes/requests/new", new int[] {302, 403, 200, 200, 403, 403});
        expected.put("/quotes/my", new int[] {302, 403, 403, 403, 200, 200});
        expected.put(portalQuote, new int[] {302, 403, 403, 403, 200, 404});
        expected.put(portalDraft, new int[] {302, 403, 403, 403, 404, 404});
        expected.put("/quotes/my/requests", new int[] {302, 403, 403, 403, 200, 200});
        expected.put("/quotes/my/requests/new", new int[] {302, 403, 403, 403, 200, 200});
        List<TenantHttp.Client> clients = new ArrayList<>();
        clients.add(http.tenant(tenant));
        for (User user : List.of(agent, seller, rep, customer, stranger)) {
            clients.add(signedIn(tenant, user));
        }
        List<String> names = List.of("anonymous", "agent", "seller", "rep", "customer", "stranger");
        List<String> wrong = new ArrayList<>();
        expected.forEach((path, statuses) -> {
            for (int i = 0; i < statuses.length; i++) {
                int status = clients.get(i).get(path).status();
                if (status != statuses[i]) {
                    wrong.add(names.get(i) + " " + path + ": " + status + " instead of " + statuses[i]);
                }
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(clients.get(3).get("/quotes").body())
                .contains(repsQuote.number())
                .doesNotContain(customersQuote.number());
        assertThat(clients.get(3).get("/quotes/requests").body())
                .contains(repsRequest.number())
                .doesNotContain(customersRequest.number());
        assertThat(clients.get(5).get("/quotes/my").body()).doesNotContain(customersQuote.number());
        assertThat(clients.get(5).get("/quotes/my/requests").body()).doesNotContain(customersRequest.number());
        assertThat(clients.get(4).get("/quotes/my").body())
                .contains(customersQuote.number())
                .doesNotContain(draft.number());
    }

    @Test
    void nobodyChangesAQuoteOrARequestBeyondHisReach() {
        TenantHttp.Client customerClient = signedIn(tenant, customer);
        TenantHttp.Client strangerClient = signedIn(tenant, stranger);
        TenantHttp.Client agentClient = signedIn(tenant, agent);
        TenantHttp.Client repClient = signedIn(tenant, rep);
        String quote = "/quotes/" + customersQuote.number();
        String customerCsrf = customerClient.csrfToken("/quotes/my");
        assertThat(customerClient
                        .postForm(quote + "/revise", Map.of("_csrf", customerCsrf))
                        .status())
                .isEqualTo(403);
        String agentCsrf = agentClient.csrfToken("/quotes");
        assertThat(agentClient
                        .postForm(quote + "/revise", Map.of("_csrf", agentCsrf))
                        .status())
                .isEqualTo(403);
        String repCsrf = repClient.csrfToken("/quotes");
        assertThat(repClient
                        .postForm(quote + "/revise", Map.of("_csrf", repCsrf))
                        .status())
                .isEqualTo(404);
        assertThat(repClient
                        .postForm(
                                "/quotes/requests/" + customersRequest.number() + "/confirm",
                                Map.of("_csrf", repCsrf, "slot", "2099-01-01T10:00"))
                        .status())
                .isEqualTo(404);
        assertThat(repClient
                        .postForm("/quotes/requests/" + customersRequest.number() + "/quote", Map.of("_csrf", repCsrf))
                        .status())
                .isEqualTo(404);
        String strangerCsrf = strangerClient.csrfToken("/quotes/my");
        assertThat(strangerClient
                        .postForm(
                                "/quotes/my/" + customersQuote.number() + "/decision",
                                Map.of("_csrf", strangerCsrf, "revision", "1", "answer", "accept"))
                        .status())
                .isEqualTo(404);
        assertThat(mother.reread(tenant, customersQuote).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void anotherTenantAndATenantWithoutTheModuleShowNothing() {
        TenantHttp.Client elsewhere = signedIn(other, accounts.staff(other, "vendeur", Role.SELLER));
        assertThat(elsewhere.get("/quotes/" + customersQuote.number()).status()).isEqualTo(404);
        assertThat(elsewhere
                        .get("/quotes/requests/" + customersRequest.number())
                        .status())
                .isEqualTo(404);
        assertThat(elsewhere.get("/quotes").body()).doesNotContain(customersQuote.number());
        TenantHttp.Client otherCustomer = signedIn(other, accounts.customer(other, "client"));
        assertThat(otherCustomer.get("/quotes/my/" + customersQuote.number()).status())
                .isEqualTo(404);
        TenantProfile without = tenants.create("qno");
        assertThat(http.tenant(without).get("/quotes").status()).isEqualTo(404);
        assertThat(http.tenant(without).get("/quotes/my").status()).isEqualTo(404);
    }

    private TenantHttp.Client signedIn(TenantProfile where, User user) {
        TenantHttp.Client browser = http.tenant(where);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        return browser;
    }
}
