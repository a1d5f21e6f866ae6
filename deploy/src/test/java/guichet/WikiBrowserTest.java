package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.testing.TenantHttp;
import guichet.platform.tickets.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * Seed 003's wiki in a real browser on helpdesk: an agent writes a page about Cabinet Martin with a script and an
 * image's error handler in it (neither runs), changes it twice, and its history shows what the last change did;
 * shared, the page appears in the customer's portal, where the page the team keeps to itself does not. The number of
 * one of his tickets written in the page links to that ticket, staff's page or his portal's; another customer's ticket
 * number stays text. The pages fit a phone and a desktop in French and in Arabic.
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

    @Autowired
    Tickets tickets;

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
        String his = ticketNumber(martin, true);
        String notHis = ticketNumber(martin, false);
        String references = "Suite à " + his + " (voir aussi " + notHis + ").";
        String page;
        try (Browser agent = signedIn("agent@helpdesk.demo")) {
            agent.open(helpdesk("/customers/" + martin));
            agent.click(".g-wiki-link");
            agent.click("a[href$='/wiki/new']");
            agent.type("#title", "Procédure de renvoi");
            agent.type(
                    "#body",
                    "Renvoyer l'accueil vers le 06.\n" + references + "\n<script>document.title='pirate'</script>\n"
                            + "<img src=\"x\" onerror=\"document.title='pirate'\">");
            agent.click("form.g-form button[type=submit]");
            agent.awaitText(".alert-success", "La page est créée.");
            assertThat(agent.title()).isNotEqualTo("pirate");
            assertThat(agent.text(".g-wiki-body")).contains("Renvoyer l'accueil vers le 06.");
            page = agent.url().replaceAll(".*/wiki/", "");
            // Only Cabinet Martin's own ticket becomes a link; the page also lists his latest tickets.
            assertThat(agent.count(".g-wiki-body a.g-ticket-ref")).isEqualTo(1);
            assertThat(agent.find(".g-wiki-body a.g-ticket-ref").getAttribute("href"))
                    .endsWith("/claims/" + his);
            assertThat(agent.text(".g-customer-tickets")).contains(his);

            edit(agent, "Renvoyer l'accueil vers le 07.\n" + references);
            edit(agent, "Renvoyer l'accueil vers le 07.\n" + references + "\nLe soir : messagerie.");
            assertThat(agent.title()).isNotEqualTo("pirate");
            assertThat(agent.count(".g-wiki-history li")).isEqualTo(3);
            agent.click(".g-wiki-history li:first-child a");
            agent.awaitText("h1", "Version 3");
            assertThat(agent.text("tr[data-kind=ADDED] ins")).isEqualTo("Le soir : messagerie.");

            agent.open(helpdesk("/customers/" + martin + "/wiki/" + page));
            agent.click(".g-share");
            agent.awaitText(".alert-success", "La page est partagée");
            for (String language : new String[] {"fr", "ar"}) {
                for (int width : new int[] {375, 1280}) {
                    agent.resize(width, 900);
                    agent.open(helpdesk("/customers/" + martin + "/wiki/" + page + "?lang=" + language));
                    assertThat(agent.overflow())
                            .as("staff wiki page at %d px in %s: %s", width, language, agent.outsideTheWindow())
                            .isLessThanOrEqualTo(0);
                }
            }
            agent.click(".g-wiki-body a.g-ticket-ref");
            agent.awaitUrl("/claims/" + his);
        }
        try (Browser customer = signedIn("customer@helpdesk.demo")) {
            customer.open(helpdesk("/customers/mine/wiki"));
            assertThat(customer.text(".g-wiki-pages"))
                    .contains("Procédure de renvoi", "Accéder à votre standard")
                    .doesNotContain("Installation et contacts");
            customer.click(".g-wiki-pages a[href$='" + page + "']");
            customer.awaitText(".g-wiki-body", "Le soir : messagerie.");
            assertThat(customer.title()).isNotEqualTo("pirate");
            assertThat(customer.count(".g-wiki-body a.g-ticket-ref")).isEqualTo(1);
            customer.click(".g-wiki-body a.g-ticket-ref");
            customer.awaitUrl("/claims/my/" + his);
            customer.open(helpdesk("/customers/mine/wiki/" + page));
            for (String language : new String[] {"fr", "ar"}) {
                customer.resize(375, 900);
                customer.open(helpdesk("/customers/mine/wiki/" + page + "?lang=" + language));
                assertThat(customer.overflow())
                        .as("portal wiki at 375 px in %s", language)
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    /** The number of one of this customer's tickets, or of another customer's. */
    private String ticketNumber(String customer, boolean his) {
        return TenantContext.call(
                catalog.find(new TenantId("helpdesk")).orElseThrow().id(),
                () -> tickets.findAll(PageRequest.of(0, 100)).stream()
                        .filter(t -> t.customer().isPresent()
                                && t.customer().get().value().toString().equals(customer) == his)
                        .findFirst()
                        .orElseThrow()
                        .number());
    }

    private static void edit(Browser agent, String text) {
        agent.click("a[href$='/edit']");
        agent.setValue("#body", text);
        agent.click("form.g-form button[type=submit]");
        agent.awaitText(".alert-success", "La page est enregistrée");
    }

    private Browser signedIn(String email) {
        return Browser.signedIn(http.port(), "helpdesk", email, "demo");
    }

    private String helpdesk(String path) {
        return Browser.portal(http.port(), "helpdesk", path);
    }
}
