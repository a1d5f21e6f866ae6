package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.testing.TenantHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * Seed 003's wiki in a real browser on helpdesk: an agent writes a page about Cabinet Martin with a script and an
 * image's error handler in it (neither runs), changes it twice, and its history shows what the last change did;
 * shared, the page appears in the customer's portal, where the page the team keeps to itself does not. The pages fit
 * a phone in French and in Arabic.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class WikiBrowserTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    Customers customers;

    @Test
    void aPageIsEditedTwiceItsScriptsNeverRunAndSharedItReachesTheCustomer() {
        String martin = TenantContext.call(
                catalog.find(new TenantId("helpdesk")).orElseThrow().id(),
                () -> customers.findAll(PageRequest.of(0, 50)).stream()
                        .filter(c -> c.displayName().startsWith("Cabinet Martin"))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .value()
                        .toString());
        String page;
        try (Browser agent = signedIn("agent@helpdesk.demo")) {
            agent.open(helpdesk("/customers/" + martin));
            agent.click(".g-wiki-link");
            agent.click("a[href$='/wiki/new']");
            agent.type("#title", "Procédure de renvoi");
            agent.type(
                    "#body",
                    "Renvoyer l'accueil vers le 06.\n<script>document.title='pirate'</script>\n"
                            + "<img src=\"x\" onerror=\"document.title='pirate'\">");
            agent.click("form.g-form button[type=submit]");
            agent.awaitText(".alert-success", "La page est créée.");
            assertThat(agent.title()).isNotEqualTo("pirate");
            assertThat(agent.text(".g-wiki-body")).contains("Renvoyer l'accueil vers le 06.");
            page = agent.url().replaceAll(".*/wiki/", "");

            edit(agent, "Renvoyer l'accueil vers le 07.");
            edit(agent, "Renvoyer l'accueil vers le 07.\nLe soir : messagerie.");
            assertThat(agent.title()).isNotEqualTo("pirate");
            assertThat(agent.count(".g-wiki-history li")).isEqualTo(3);
            agent.click(".g-wiki-history li:first-child a");
            agent.awaitText("h1", "Version 3");
            assertThat(agent.text("tr[data-kind=ADDED] ins")).isEqualTo("Le soir : messagerie.");

            agent.open(helpdesk("/customers/" + martin + "/wiki/" + page));
            agent.click(".g-share");
            agent.awaitText(".alert-success", "La page est partagée");
        }
        try (Browser customer = signedIn("customer@helpdesk.demo")) {
            customer.open(helpdesk("/customers/mine/wiki"));
            assertThat(customer.text(".g-wiki-pages"))
                    .contains("Procédure de renvoi", "Accéder à votre standard")
                    .doesNotContain("Installation et contacts");
            customer.click(".g-wiki-pages a[href$='" + page + "']");
            customer.awaitText(".g-wiki-body", "Le soir : messagerie.");
            assertThat(customer.title()).isNotEqualTo("pirate");
            for (String language : new String[] {"fr", "ar"}) {
                customer.resize(375, 900);
                customer.open(helpdesk("/customers/mine/wiki/" + page + "?lang=" + language));
                assertThat(customer.overflow())
                        .as("portal wiki at 375 px in %s", language)
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    private static void edit(Browser agent, String text) {
        agent.click("a[href$='/edit']");
        agent.setValue("#body", text);
        agent.click("form.g-form button[type=submit]");
        agent.awaitText(".alert-success", "La page est enregistrée");
    }

    private Browser signedIn(String email) {
        Browser browser = new Browser();
        browser.open(helpdesk("/login"));
        browser.signInOnKeycloak(email, "demo");
        browser.awaitHost("helpdesk.localhost");
        return browser;
    }

    private String helpdesk(String path) {
        return "http://helpdesk.localhost:" + http.port() + path;
    }
}
