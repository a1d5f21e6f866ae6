package guichet.customers.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * Seed 003's wiki on helpdesk: an agent writes a page about a customer and changes it twice, and its history shows
 * each version and what it changed; a change made on an older version is refused with what was typed kept; shared,
 * the page is in the customer's portal, and an unshared page is not. Another customer, a sales representative of
 * another customer, another tenant and a visitor reach none of it, pages, versions or API.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class WikiWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    TestAccounts accounts;

    private TenantProfile helpdesk;
    private String martin;
    private String julie;

    @BeforeEach
    void helpdesk() {
        helpdesk = catalog.find(new TenantId("helpdesk")).orElseThrow();
        martin = id("Cabinet Martin & Associés");
        julie = id("Julie Roux");
    }

    @Test
    void aPageChangedTwiceShowsItsVersionsAndWhatEachChanged() {
        TenantHttp.Client agent = signedIn("agent@helpdesk.demo");
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
        TenantHttp.Client customer = signedIn("customer@helpdesk.demo");
        Document portal = customer.get("/customers/mine/wiki").html();
        assertThat(portal.select(".g-wiki-pages a").eachText())
                .contains("Accéder à votre standard")
                .doesNotContain("Installation et contacts");

        TenantHttp.Client agent = signedIn("agent@helpdesk.demo");
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
    void noOneOutsideTheCustomersStaffReachesHisPagesVersionsOrApi() {
        TenantHttp.Client agent = signedIn("agent@helpdesk.demo");
        String installation = agent.get("/customers/" + martin + "/wiki")
                .html()
                .select(".g-wiki-pages a:contains(Installation et contacts)")
                .attr("href")
                .replaceAll(".*/wiki/", "");
        String page = "/customers/" + martin + "/wiki/" + installation;
        String number = number(martin);

        // A customer: no staff page, version or API call, even about himself.
        TenantHttp.Client customer = signedIn("customer@helpdesk.demo");
        for (String path : new String[] {"/customers/" + martin + "/wiki", page, page + "/revisions/1"}) {
            assertThat(customer.get(path).status()).as(path).isEqualTo(403);
        }
        // The sales representative of Cabinet Martin sees its pages, not Julie Roux's.
        TenantHttp.Client rep = signedIn("sales@helpdesk.demo");
        assertThat(rep.get(page).status()).isEqualTo(200);
        assertThat(rep.get("/customers/" + julie + "/wiki").status()).isEqualTo(404);
        // A page through another customer's address does not exist.
        assertThat(agent.get("/customers/" + julie + "/wiki/" + installation).status())
                .isEqualTo(404);
        // Another tenant, and a visitor.
        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        TenantHttp.Client atlasAdmin = http.tenant(atlas);
        atlasAdmin.signIn("admin@atlas.demo", "demo");
        assertThat(atlasAdmin.get(page).status()).isEqualTo(404);
        assertThat(http.tenant(helpdesk).get(page).header("Location")).endsWith("/login");

        String agentToken = accounts.accessToken(helpdesk, "agent@helpdesk.demo", "demo");
        assertThat(agent.getWithToken("/api/customers/" + number + "/wiki", agentToken)
                        .body())
                .contains("Installation et contacts");
        String atlasToken = accounts.accessToken(atlas, "admin@atlas.demo", "demo");
        assertThat(http.tenant(helpdesk)
                        .getWithToken("/api/customers/" + number + "/wiki", atlasToken)
                        .status())
                .isEqualTo(401);
        String customerToken = accounts.accessToken(helpdesk, "customer@helpdesk.demo", "demo");
        assertThat(customer.getWithToken("/api/customers/" + number + "/wiki/" + installation, customerToken)
                        .status())
                .isEqualTo(403);
        assertThat(http.tenant(helpdesk)
                        .get("/api/customers/" + number + "/wiki", "application/json")
                        .status())
                .isEqualTo(401);
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

    private TenantHttp.Client signedIn(String email) {
        TenantHttp.Client client = http.tenant(helpdesk);
        client.signIn(email, "demo");
        return client;
    }

    private String number(String id) {
        return TenantContext.call(
                helpdesk.id(),
                () -> customers.findAll(PageRequest.of(0, 50)).stream()
                        .filter(c -> c.id().value().toString().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .number()
                        .value());
    }

    private String id(String name) {
        return TenantContext.call(
                helpdesk.id(),
                () -> customers.findAll(PageRequest.of(0, 50)).stream()
                        .filter(c -> c.displayName().endsWith(name))
                        .findFirst()
                        .map(Customer::id)
                        .orElseThrow()
                        .value()
                        .toString());
    }
}
