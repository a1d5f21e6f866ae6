package guichet.customers.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Seed 003's wiki on a helpdesk: an agent writes a page about a customer and changes it twice, and its history shows
 * each version and what it changed; a change made on an older version is refused with what was typed kept; shared,
 * the page is in the customer's portal, and an unshared page is not. Another customer, a sales representative of
 * another customer, another tenant and a visitor reach none of it, pages, versions or API.
 */
@GuichetTest
@Import(CustomerFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WikiWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    Wiki wiki;

    private TenantProfile helpdesk;
    private TenantProfile other;
    private User agentUser;
    private User repUser;
    private User customerUser;
    private User otherCustomerUser;
    private User otherRepUser;
    private User otherAdmin;
    private String martin;
    private String julie;

    /**
     * A tenant with an agent, a sales representative in charge of Martin's company, Martin's own account, and Julie
     * Roux, nobody's; Martin has a staff page in two versions and a page shared with him. Another tenant beside it.
     */
    @BeforeAll
    void aHelpdeskWithTwoCustomers() {
        helpdesk = tenants.create("wiki", "customers");
        other = tenants.create("wikx", "customers");
        agentUser = accounts.staff(helpdesk, "agent", Role.AGENT);
        repUser = accounts.staff(helpdesk, "rep", Role.SALES_REP);
        customerUser = accounts.customer(helpdesk, "martin");
        otherAdmin = accounts.staff(other, "admin", Role.TENANT_ADMIN);
        otherCustomerUser = accounts.customer(helpdesk, "claire");
        otherRepUser = accounts.staff(helpdesk, "rep2", Role.SALES_REP);
        CustomerId martinId = customerUser.customer().orElseThrow();
        CustomerId claireId = otherCustomerUser.customer().orElseThrow();
        martin = martinId.value().toString();
        fixtures.in(helpdesk, () -> {
            fixtures.find(martinId).orElseThrow().assignSalesRep(repUser.id(), Instant.now());
            fixtures.find(claireId).orElseThrow().assignSalesRep(otherRepUser.id(), Instant.now());
            wiki.seed(
                    martinId,
                    "Installation et contacts",
                    List.of(
                            "Standard hébergé, 12 postes\nTrunk SIP de secours",
                            "Standard hébergé, 14 postes\nTrunk SIP de secours"),
                    "Agent",
                    false);
            wiki.seed(martinId, "Accéder à votre standard", List.of("Ouvrez la console."), "Agent", true);
            return null;
        });
        julie = fixtures.person(helpdesk, "Julie", "Roux", "julie.roux@example.fr", null)
                .id()
                .value()
                .toString();
    }

    @Test
    void aPageChangedTwiceShowsItsVersionsAndWhatEachChanged() {
        TenantHttp.Client agent = signedIn(agentUser);
        Map<String, String> form = form(agent, "/customers/" + julie + "/wiki/new");
        form.put("title", "Équipement");
        form.put("body", "Routeur : modèle A\nLigne : fibre");
        TenantHttp.Page created = agent.postForm("/customers/" + julie + "/wiki", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = created.header("Location").replaceAll(".*/wiki/", "");
        String path = "/customers/" + julie + "/wiki/" + page;

        save(agent, path, 1, "Routeur : modèle B\nLigne : fibre");
        save(agent, path, 2, "Routeur : modèle B\nLigne : fibre\nTéléphone : 2 postes");

        Document shown = agent.get(path).html();
        assertThat(shown.select(".g-wiki-body").text()).contains("Téléphone : 2 postes");
        assertThat(shown.select(".g-wiki-history li a").eachText())
                .containsExactly("Version 3", "Version 2", "Version 1");

        Document second = agent.get(path + "/revisions/2").html();
        assertThat(second.select("tr[data-kind=CHANGED] del").text()).isEqualTo("Routeur : modèle A");
        assertThat(second.select("tr[data-kind=CHANGED] ins").text()).isEqualTo("Routeur : modèle B");
        Document third = agent.get(path + "/revisions/3").html();
        assertThat(third.select("tr[data-kind=ADDED] ins").text()).isEqualTo("Téléphone : 2 postes");
        assertThat(third.select("tr[data-kind=REMOVED], tr[data-kind=CHANGED]")).isEmpty();

        Map<String, String> stale = form(agent, path + "/edit");
        stale.put("title", "Équipement");
        stale.put("body", "Mon texte écrit sur la version 1");
        stale.put("revision", "1");
        Document refused = agent.postForm(path, stale).html();
        assertThat(refused.select("#body-error").text()).startsWith("Quelqu'un a enregistré cette page");
        assertThat(refused.select("#body").text()).isEqualTo("Mon texte écrit sur la version 1");
        assertThat(agent.get(path).html().select(".g-wiki-history li")).hasSize(3);
    }

    @Test
    void aSharedPageIsInTheCustomersPortalAndAnUnsharedOneIsNot() {
        TenantHttp.Client customer = signedIn(customerUser);
        Document portal = customer.get("/customers/mine/wiki").html();
        assertThat(portal.select(".g-wiki-pages a").eachText())
                .contains("Accéder à votre standard")
                .doesNotContain("Installation et contacts");

        TenantHttp.Client agent = signedIn(agentUser);
        Document list = agent.get("/customers/" + martin + "/wiki").html();
        String installation = list.select(".g-wiki-pages a:contains(Installation et contacts)")
                .attr("href")
                .replaceAll(".*/wiki/", "");
        assertThat(customer.get("/customers/mine/wiki/" + installation).status())
                .isEqualTo(404);

        String path = "/customers/" + martin + "/wiki/" + installation;
        TenantHttp.Page attached = agent.postMultipart(
                path + "/files",
                Map.of("_csrf", agent.csrfToken(path)),
                "file",
                "plan.txt",
                "Baie de brassage : local 2".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(attached.status()).isEqualTo(302);
        String file = agent.get(path).html().select(".g-wiki-files a").attr("href");
        assertThat(agent.get(file).body()).isEqualTo("Baie de brassage : local 2");
        String mine = file.replaceAll(".*/wiki/", "/customers/mine/wiki/");
        assertThat(customer.get(mine).status()).isEqualTo(404);

        Map<String, String> share = form(agent, path);
        share.put("shared", "true");
        agent.postForm(path + "/share", share);
        try {
            Document shared =
                    customer.get("/customers/mine/wiki/" + installation).html();
            assertThat(shared.select(".g-wiki-body").text()).contains("14 postes");
            assertThat(customer.get(mine).body()).isEqualTo("Baie de brassage : local 2");
        } finally {
            share.put("shared", "false");
            agent.postForm(path + "/share", share);
        }
        assertThat(customer.get("/customers/mine/wiki/" + installation).status())
                .isEqualTo(404);
    }

    @Test
    void noOneOutsideTheCustomersStaffReachesAnyPageVersionFileOrApiCall() {
        TenantHttp.Client agent = signedIn(agentUser);
        String list = "/customers/" + martin + "/wiki";
        String shared = pageId(agent, "Accéder à votre standard");
        String page = list + "/" + shared;
        TenantHttp.Page attached = agent.postMultipart(
                page + "/files",
                Map.of("_csrf", agent.csrfToken(page)),
                "file",
                "acces.txt",
                "Code de la console : 4821".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(attached.status()).isEqualTo(302);
        String file = agent.get(page).html().select(".g-wiki-files a").attr("href");
        String fileId = file.replaceAll(".*/files/", "");
        String api = "/api/customers/" + number(martin) + "/wiki";
        List<String> staffPages = List.of(list, list + "/new", page, page + "/edit", page + "/revisions/1", file);
        List<String> portal =
                List.of("/customers/mine/wiki/" + shared, "/customers/mine/wiki/" + shared + "/files/" + fileId);
        String apiPage = api + "/" + shared;
        List<String> apiCalls = List.of(
                api,
                apiPage,
                apiPage + "/revisions",
                apiPage + "/revisions/1",
                apiPage + "/files",
                apiPage + "/files/" + fileId);
        String change = "{\"title\":\"Écrasée\",\"markdown\":\"x\",\"revision\":1}";

        // The agent reaches all of it, pages and API; the file is the one he attached.
        String agentToken = token(helpdesk, agentUser);
        staffPages.forEach(p -> assertThat(agent.get(p).status()).as(p).isEqualTo(200));
        apiCalls.forEach(p ->
                assertThat(agent.getWithToken(p, agentToken).status()).as(p).isEqualTo(200));
        assertThat(agent.getWithToken(apiPage + "/files/" + fileId, agentToken).body())
                .isEqualTo("Code de la console : 4821");
        assertThat(agent.getWithToken(apiPage + "/revisions/1", agentToken).body())
                .contains("\"changes\":[{\"kind\":\"ADDED\"");

        // Martin reads the shared page and its file in his portal, and no staff page or API call, even about himself.
        TenantHttp.Client customer = signedIn(customerUser);
        String customerToken = token(helpdesk, customerUser);
        portal.forEach(p -> assertThat(customer.get(p).status()).as(p).isEqualTo(200));
        staffPages.forEach(p -> assertThat(customer.get(p).status()).as(p).isEqualTo(403));
        apiCalls.forEach(p -> assertThat(customer.getWithToken(p, customerToken).status())
                .as(p)
                .isEqualTo(403));

        // Another customer of the same helpdesk: Martin's shared page and file are not in his portal.
        TenantHttp.Client claire = signedIn(otherCustomerUser);
        String claireToken = token(helpdesk, otherCustomerUser);
        portal.forEach(p -> assertThat(claire.get(p).status()).as(p).isEqualTo(404));
        staffPages.forEach(p -> assertThat(claire.get(p).status()).as(p).isEqualTo(403));
        apiCalls.forEach(p ->
                assertThat(claire.getWithToken(p, claireToken).status()).as(p).isEqualTo(403));
        assertThat(claire.sendJsonWithToken("PUT", apiPage, change, claireToken).status())
                .isEqualTo(403);

        // The sales representative of another customer: Martin and his pages do not exist for him.
        TenantHttp.Client otherRep = signedIn(otherRepUser);
        String otherRepToken = token(helpdesk, otherRepUser);
        staffPages.forEach(p -> assertThat(otherRep.get(p).status()).as(p).isEqualTo(404));
        apiCalls.forEach(p -> assertThat(otherRep.getWithToken(p, otherRepToken).status())
                .as(p)
                .isEqualTo(404));
        assertThat(otherRep.sendJsonWithToken("PUT", apiPage, change, otherRepToken)
                        .status())
                .isEqualTo(404);
        Map<String, String> share = form(otherRep, "/customers/wiki");
        share.put("shared", "false");
        assertThat(otherRep.postForm(page + "/share", share).status()).isEqualTo(404);
        // Martin's sales representative does see them.
        TenantHttp.Client rep = signedIn(repUser);
        assertThat(rep.get(page).status()).isEqualTo(200);
        assertThat(rep.get("/customers/" + julie + "/wiki").status()).isEqualTo(404);

        // Another tenant's administrator: on his own host the addresses lead nowhere; his token is not valid here.
        TenantHttp.Client otherTenant = http.tenant(other);
        otherTenant.signIn(otherAdmin.email(), TestAccounts.PASSWORD);
        String otherToken = accounts.accessToken(other, otherAdmin.email(), TestAccounts.PASSWORD);
        staffPages.forEach(p -> assertThat(otherTenant.get(p).status()).as(p).isEqualTo(404));
        TenantHttp.Client visitor = http.tenant(helpdesk);
        apiCalls.forEach(p ->
                assertThat(visitor.getWithToken(p, otherToken).status()).as(p).isEqualTo(401));
        assertThat(visitor.sendJsonWithToken("PUT", apiPage, change, otherToken).status())
                .isEqualTo(401);

        // A visitor is sent to sign in, and the API wants a token.
        for (String path : concat(staffPages, portal)) {
            assertThat(visitor.get(path).header("Location")).as(path).endsWith("/login");
        }
        apiCalls.forEach(p ->
                assertThat(visitor.get(p, "application/json").status()).as(p).isEqualTo(401));
        assertThat(agent.get(page).html().select(".g-wiki-body").text()).isEqualTo("Ouvrez la console.");
    }

    @Test
    void aChangeOnAnOlderRevisionAnotherCustomersSharedPageAndTheSearch() {
        TenantHttp.Client agent = signedIn(agentUser);
        TenantHttp.Client customer = signedIn(customerUser);
        TenantHttp.Client rep = signedIn(repUser);
        String installation = pageId(agent, "Installation et contacts");
        String number = number(martin);
        String agentToken = token(helpdesk, agentUser);
        TenantHttp.Page stale = agent.sendJsonWithToken(
                "PUT",
                "/api/customers/" + number + "/wiki/" + installation,
                "{\"title\":\"Installation et contacts\",\"markdown\":\"x\",\"revision\":1}",
                agentToken);
        assertThat(stale.status()).isEqualTo(409);

        // Another customer's page, even shared with him, is not this customer's.
        TenantHttp.Page written = agent.sendJsonWithToken(
                "POST",
                "/api/customers/" + number(julie) + "/wiki",
                "{\"title\":\"Pour Julie Roux\",\"markdown\":\"Sa box\",\"revision\":0}",
                agentToken);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        String juliePage = written.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        Map<String, String> share = form(agent, "/customers/" + julie + "/wiki/" + juliePage);
        share.put("shared", "true");
        agent.postForm("/customers/" + julie + "/wiki/" + juliePage + "/share", share);
        assertThat(customer.get("/customers/mine/wiki/" + juliePage).status()).isEqualTo(404);
        assertThat(customer.get("/customers/mine/wiki").body()).doesNotContain("Pour Julie Roux");

        // The search finds a page by its words within the same access: the agent everywhere, the rep his customers'.
        assertThat(agent.get("/customers/wiki?q=BOX")
                        .html()
                        .select(".g-wiki-found a")
                        .eachText())
                .containsExactly("Pour Julie Roux");
        assertThat(agent.get("/customers/wiki?q=trunk+secours")
                        .html()
                        .select(".g-wiki-found a")
                        .eachText())
                .contains("Installation et contacts");
        assertThat(rep.get("/customers/wiki?q=trunk+secours")
                        .html()
                        .select(".g-wiki-found a")
                        .eachText())
                .contains("Installation et contacts");
        assertThat(rep.get("/customers/wiki?q=box").html().select(".g-wiki-found"))
                .isEmpty();
    }

    private String pageId(TenantHttp.Client agent, String title) {
        return agent.get("/customers/" + martin + "/wiki")
                .html()
                .select(".g-wiki-pages a:contains(" + title + ")")
                .attr("href")
                .replaceAll(".*/wiki/", "");
    }

    private String token(TenantProfile tenant, User user) {
        return accounts.accessToken(tenant, user.email(), TestAccounts.PASSWORD);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private void save(TenantHttp.Client agent, String path, int revision, String body) {
        Map<String, String> form = form(agent, path + "/edit");
        form.put("title", "Équipement");
        form.put("body", body);
        form.put("revision", String.valueOf(revision));
        TenantHttp.Page saved = agent.postForm(path, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    }

    private static Map<String, String> form(TenantHttp.Client client, String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", client.csrfToken(page));
        return form;
    }

    private TenantHttp.Client signedIn(User user) {
        TenantHttp.Client client = http.tenant(helpdesk);
        client.signIn(user.email(), TestAccounts.PASSWORD);
        return client;
    }

    private String number(String id) {
        return fixtures.in(
                helpdesk,
                () -> fixtures.find(new CustomerId(UUID.fromString(id)))
                        .orElseThrow()
                        .number()
                        .value());
    }
}
