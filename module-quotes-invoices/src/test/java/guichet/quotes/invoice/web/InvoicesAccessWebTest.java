package guichet.quotes.invoice.web;

import static guichet.quotes.invoice.InvoiceFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Who reaches which invoice page, PDF and action: staff with quotes.view every customer's, a sales representative his
 * customers' only, a customer his own issued invoices in « Mes factures » only; the wrong role is refused, an
 * anonymous visitor sent to sign in, another tenant shows nothing.
 */
@GuichetTest
@Import(InvoiceFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoicesAccessWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    InvoiceFixture fixture;

    private TenantProfile tenant;
    private TenantProfile other;
    private final Map<String, User> users = new LinkedHashMap<>();
    private Invoice mine;
    private Invoice theirs;
    private UUID draft;
    private Invoice elsewhere;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("inva", "quotes");
        other = tenants.create("invb", "quotes");
        users.put("admin", accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        users.put("agent", accounts.staff(tenant, "agent", Role.AGENT));
        users.put("rep", accounts.staff(tenant, "rep", Role.SALES_REP));
        users.put("seller", accounts.staff(tenant, "vendeur", Role.SELLER));
        users.put("customer", accounts.customer(tenant, "client"));
        users.put("other", accounts.customer(tenant, "autre"));
        fixture.seller(tenant);
        CustomerId client = users.get("customer").customer().orElseThrow();
        CustomerId autre = users.get("other").customer().orElseThrow();
        fixture.assignRep(tenant, client, users.get("rep").id());
        mine = fixture.issued(tenant, client, line("Clé 4G du client", "1", "49.000", "TND", "19"));
        theirs = fixture.issued(tenant, autre, line("Ligne de l'autre", "1", "25.000", "TND", "19"));
        draft = fixture.draft(tenant, client, "quote:DEV-2026-0001 r1", line("Brouillon", "1", "10.000", "TND", "19"));
        fixture.seller(other);
        elsewhere = fixture.issued(
                other, fixture.customer(other, "Ailleurs"), line("Facture d'ailleurs", "1", "1.000", "TND", "0"));
    }

    @Test
    void eachRoleReachesThePagesItsPermissionsAllow() {
        String staffOnly = "/quotes/invoices";
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        expected.put("admin", staff(200, 200, 200));
        expected.put("agent", staff(200, 200, 403));
        expected.put("seller", staff(200, 200, 403));
        expected.put("rep", staff(200, 404, 403));
        Map<String, Integer> customer = new LinkedHashMap<>();
        customer.put(staffOnly, 403);
        customer.put(staffOnly + "/" + mine.id(), 403);
        customer.put(staffOnly + "/" + mine.id() + "/pdf", 403);
        customer.put(staffOnly + "/settings", 403);
        customer.put("/quotes/my/invoices", 200);
        customer.put("/quotes/my/invoices/" + mine.id() + ".pdf", 200);
        customer.put("/quotes/my/invoices/" + theirs.id() + ".pdf", 404);
        customer.put("/quotes/my/invoices/" + draft + ".pdf", 404);
        expected.put("customer", customer);

        TenantHttp.Client visitor = http.tenant(tenant);
        for (String path : List.of(
                staffOnly,
                staffOnly + "/" + mine.id(),
                staffOnly + "/" + mine.id() + "/pdf",
                staffOnly + "/settings",
                "/quotes/my/invoices",
                "/quotes/my/invoices/" + mine.id() + ".pdf")) {
            check(wrong, "anonymous", visitor, path, 302);
        }
        expected.forEach((who, paths) -> {
            TenantHttp.Client client = signedIn(tenant, users.get(who));
            paths.forEach((path, status) -> check(wrong, who, client, path, status));
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void aSalesRepresentativeListsHisCustomersInvoicesOnly() {
        String list = signedIn(tenant, users.get("rep")).get("/quotes/invoices").body();
        assertThat(list)
                .contains(mine.number().orElseThrow())
                .doesNotContain(theirs.number().orElseThrow());
        String all =
                signedIn(tenant, users.get("agent")).get("/quotes/invoices").body();
        assertThat(all)
                .contains(mine.number().orElseThrow())
                .contains(theirs.number().orElseThrow());
    }

    @Test
    void aCustomerSeesHisOwnIssuedInvoicesOnly() {
        TenantHttp.Client customer = signedIn(tenant, users.get("customer"));
        TenantHttp.Page page = customer.get("/quotes/my/invoices");
        assertThat(page.body())
                .contains(mine.number().orElseThrow())
                .doesNotContain(theirs.number().orElseThrow())
                .doesNotContain(elsewhere.id().toString());
        assertThat(page.html().select("table.g-my-invoices tbody tr")).hasSize(1);
        TenantHttp.Page pdf = customer.get("/quotes/my/invoices/" + mine.id() + ".pdf");
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        // Another customer's invoice and this one's draft are not found, nor asked through a customer filter.
        assertThat(customer.get("/quotes/my/invoices?customer="
                                + theirs.customer().value())
                        .body())
                .doesNotContain(theirs.number().orElseThrow());
    }

    @Test
    void theWrongRoleCannotActOnAnInvoice() {
        TenantHttp.Client agent = signedIn(tenant, users.get("agent"));
        String csrf = agent.csrfToken("/quotes/invoices");
        assertThat(agent.postForm("/quotes/invoices/" + draft + "/issue", Map.of("_csrf", csrf))
                        .status())
                .isEqualTo(403);
        assertThat(agent.postForm(
                                "/quotes/invoices/" + mine.id() + "/payments",
                                Map.of("_csrf", csrf, "amount", "1", "paidOn", "2026-12-01", "method", "cash"))
                        .status())
                .isEqualTo(403);
        assertThat(agent.postForm(
                                "/quotes/invoices/" + mine.id() + "/credit-notes",
                                Map.of("_csrf", csrf, "credit-1", "1"))
                        .status())
                .isEqualTo(403);
        assertThat(agent.postForm("/quotes/invoices/settings", Map.of("_csrf", csrf, "legalName", "Pirate"))
                        .status())
                .isEqualTo(403);
        TenantHttp.Client rep = signedIn(tenant, users.get("rep"));
        String repCsrf = rep.csrfToken("/quotes/invoices");
        assertThat(rep.postForm("/quotes/invoices/" + theirs.id(), Map.of("_csrf", repCsrf, "buyerName", "x"))
                        .status())
                .isEqualTo(404);
        TenantHttp.Client customer = signedIn(tenant, users.get("customer"));
        String customerCsrf = customer.csrfToken("/quotes/my/invoices");
        assertThat(customer.postForm("/quotes/invoices/" + draft + "/issue", Map.of("_csrf", customerCsrf))
                        .status())
                .isEqualTo(403);
        assertThat(fixture.reread(tenant, draft).isDraft()).isTrue();
        assertThat(fixture.reread(tenant, mine.id()).paid().isZero()).isTrue();
    }

    @Test
    void anotherTenantShowsNothingOfThisOnesInvoices() {
        User foreignAdmin = accounts.staff(other, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client there = signedIn(other, foreignAdmin);
        assertThat(there.get("/quotes/invoices/" + mine.id()).status()).isEqualTo(404);
        assertThat(there.get("/quotes/invoices/" + mine.id() + "/pdf").status()).isEqualTo(404);
        assertThat(there.get("/quotes/invoices").body())
                .contains(elsewhere.id().toString())
                .doesNotContain(mine.id().toString())
                .doesNotContain(theirs.id().toString());
        TenantHttp.Client customerHere = signedIn(tenant, users.get("customer"));
        assertThat(customerHere
                        .get("/quotes/my/invoices/" + elsewhere.id() + ".pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theApiAnswersWithinTheCallersAccessAndRefusesOthers() {
        TenantHttp.Client api = http.tenant(tenant);
        assertThat(api.get("/api/invoices", "application/json").status()).isEqualTo(401);
        String agent = token(tenant, users.get("agent"));
        TenantHttp.Page all = api.getWithToken("/api/invoices", agent);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body())
                .contains(mine.id().toString())
                .contains(theirs.id().toString());
        assertThat(api.getWithToken("/api/invoices/" + mine.id(), agent).body())
                .contains("\"gross\":\"58.310\"")
                .contains("Clé 4G du client");
        TenantHttp.Page pdf = api.getWithHeaders(
                "/api/invoices/" + mine.id() + "/pdf",
                Map.of("Authorization", "Bearer " + agent, "Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");

        String rep = token(tenant, users.get("rep"));
        assertThat(api.getWithToken("/api/invoices", rep).body())
                .contains(mine.id().toString())
                .doesNotContain(theirs.id().toString());
        assertThat(api.getWithToken("/api/invoices/" + theirs.id(), rep).status())
                .isEqualTo(404);
        assertThat(api.getWithToken("/api/invoices/" + theirs.id() + "/pdf", rep)
                        .status())
                .isEqualTo(404);
        String customer = token(tenant, users.get("customer"));
        assertThat(api.getWithToken("/api/invoices", customer).status()).isEqualTo(403);
        assertThat(api.getWithToken("/api/invoices/" + mine.id(), customer).status())
                .isEqualTo(403);

        Invoice payable = fixture.issued(
                tenant, users.get("customer").customer().orElseThrow(), line("Routeur", "1", "100.000", "TND", "19"));
        String payment = "{\"amount\":\"19.000\",\"paidOn\":\"2026-12-01\",\"method\":\"card\"}";
        String path = "/api/invoices/" + payable.id() + "/payments";
        assertThat(api.sendJsonWithToken("POST", path, payment, agent).status()).isEqualTo(403);
        assertThat(api.sendJsonWithToken("POST", "/api/invoices/" + theirs.id() + "/payments", payment, rep)
                        .status())
                .isEqualTo(403);
        String seller = token(tenant, users.get("seller"));
        TenantHttp.Page paid = api.sendJsonWithToken("POST", path, payment, seller);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.body()).contains("\"status\":\"PARTIALLY_PAID\"").contains("\"outstanding\":\"100.000\"");
        assertThat(api.sendJsonWithToken("POST", path, "{\"amount\":\"500\",\"paidOn\":\"2026-12-01\"}", seller)
                        .status())
                .isEqualTo(400);

        TenantHttp.Client there = http.tenant(other);
        assertThat(there.getWithToken("/api/invoices/" + mine.id(), agent).status())
                .isEqualTo(401);
        String foreign = token(other, accounts.staff(other, "agent", Role.AGENT));
        assertThat(there.getWithToken("/api/invoices/" + mine.id(), foreign).status())
                .isEqualTo(404);
        assertThat(there.getWithToken("/api/invoices", foreign).body())
                .doesNotContain(mine.id().toString());
    }

    @Test
    void anInvoiceRequestReachesTheStaffQueueAndIsAnswered() {
        TenantHttp.Client customer = signedIn(tenant, users.get("customer"));
        String csrf = customer.csrfToken("/quotes/my/invoices");
        // Another customer's invoice cannot be named; a blank message is refused, nothing asked.
        assertThat(customer.postForm(
                                "/quotes/my/invoices/requests",
                                Map.of(
                                        "_csrf",
                                        csrf,
                                        "kind",
                                        "COPY",
                                        "invoice",
                                        theirs.id().toString(),
                                        "message",
                                        "x"))
                        .status())
                .isEqualTo(404);
        TenantHttp.Page blank = customer.postForm(
                "/quotes/my/invoices/requests", Map.of("_csrf", csrf, "kind", "COPY", "message", " "));
        assertThat(blank.html().select(".alert-danger").text()).contains("1 à 2000");
        assertThat(customer.postForm(
                                "/quotes/my/invoices/requests",
                                Map.of(
                                        "_csrf",
                                        csrf,
                                        "kind",
                                        "COPY",
                                        "invoice",
                                        mine.id().toString(),
                                        "message",
                                        "Pouvez-vous me renvoyer cette facture pour ma comptabilité ?"))
                        .status())
                .isEqualTo(302);

        TenantHttp.Client other = signedIn(tenant, users.get("other"));
        String otherCsrf = other.csrfToken("/quotes/my/invoices");
        other.postForm(
                "/quotes/my/invoices/requests",
                Map.of("_csrf", otherCsrf, "kind", "PURCHASE", "message", "Facture de mon achat du 3 novembre"));

        TenantHttp.Client rep = signedIn(tenant, users.get("rep"));
        String repQueue = rep.get("/quotes/invoices/requests").body();
        assertThat(repQueue).contains("pour ma comptabilité").doesNotContain("achat du 3 novembre");
        assertThat(customer.get("/quotes/invoices/requests").status()).isEqualTo(403);

        TenantHttp.Client seller = signedIn(tenant, users.get("seller"));
        TenantHttp.Page queue = seller.get("/quotes/invoices/requests");
        assertThat(queue.body()).contains("pour ma comptabilité").contains("achat du 3 novembre");
        String action = answerForm(queue, "comptabilité");
        String notHis = answerForm(queue, "novembre");
        String sellerCsrf = seller.csrfToken("/quotes/invoices/requests");
        // A sales representative cannot answer for another's customer.
        assertThat(rep.postForm(notHis, Map.of("_csrf", rep.csrfToken("/quotes/invoices"), "answer", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(seller.postForm(action, Map.of("_csrf", sellerCsrf, "answer", "Envoyée par courriel ce jour."))
                        .status())
                .isEqualTo(302);
        assertThat(seller.get("/quotes/invoices/requests").body()).doesNotContain("pour ma comptabilité");
        assertThat(customer.get("/quotes/my/invoices").body()).contains("Envoyée par courriel ce jour.");
        assertThat(other.get("/quotes/my/invoices").body()).doesNotContain("comptabilité");
    }

    private static String answerForm(TenantHttp.Page queue, String about) {
        return queue.html().select("form[action*='/answer']").stream()
                .filter(f -> f.parent().text().contains(about))
                .findFirst()
                .orElseThrow()
                .attr("action");
    }

    private String token(TenantProfile where, User user) {
        return accounts.accessToken(where, user.email(), TestAccounts.PASSWORD);
    }

    private Map<String, Integer> staff(int list, int customersInvoice, int settings) {
        Map<String, Integer> paths = new LinkedHashMap<>();
        paths.put("/quotes/invoices", list);
        paths.put("/quotes/invoices/" + mine.id(), 200);
        paths.put("/quotes/invoices/" + mine.id() + "/pdf", 200);
        paths.put("/quotes/invoices/" + theirs.id(), customersInvoice);
        paths.put("/quotes/invoices/" + theirs.id() + "/pdf", customersInvoice);
        paths.put("/quotes/invoices/" + draft, 200);
        paths.put("/quotes/invoices/" + elsewhere.id(), 404);
        paths.put("/quotes/invoices/settings", settings);
        return paths;
    }

    private void check(List<String> wrong, String who, TenantHttp.Client client, String path, int expected) {
        int status = client.get(path).status();
        if (status != expected) {
            wrong.add(who + " " + path + ": " + status + " instead of " + expected);
        }
    }

    private TenantHttp.Client signedIn(TenantProfile where, User user) {
        TenantHttp.Client browser = http.tenant(where);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        return browser;
    }
}
