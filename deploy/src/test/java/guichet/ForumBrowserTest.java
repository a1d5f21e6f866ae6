package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 22's help forum on atlas, in a real browser: a visitor reads it without an account and cannot post; the demo
 * customer asks, an agent answers and marks the answer as the solution, and the customer is told on the platform and
 * by e-mail; the agent turns the question into a ticket for him; a new account's question with a link waits for
 * moderation; a question the moderator hides disappears for everyone else. The pages fit a phone and a desktop in
 * French and in Arabic.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class ForumBrowserTest {

    private static final String QUESTION = "Ma clé 4G ne se connecte plus depuis la mise à jour";

    @Autowired
    TenantHttp http;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantCatalog catalog;

    @Test
    void visitorsReadCustomersAskStaffAnswerModerateAndOpenATicket() {
        try (Browser visitor = new Browser()) {
            visitor.open(atlas("/prospection/forum"));
            assertThat(visitor.text("#forum-questions")).contains("Comment activer la 4G sur mon téléphone ?");
            assertThat(visitor.exists("#forum-sign-in")).isTrue();
            assertThat(visitor.exists("#forum-ask")).isFalse();
            visitor.click("#forum-questions a[href*='/questions/']");
            assertThat(visitor.exists("#forum-answer-form")).isFalse();
            assertThat(visitor.exists("#forum-sign-in-to-answer, #forum-locked"))
                    .isTrue();
            visitor.open(atlas("/prospection/forum?q=4G"));
            assertThat(visitor.text("#forum-questions")).contains("Comment activer la 4G sur mon téléphone ?");
            fits(visitor, "/prospection/forum");
        }

        String question;
        try (Browser customer = signedIn("customer@atlas.demo", "demo")) {
            customer.open(atlas("/prospection/forum"));
            customer.click("#forum-ask");
            customer.select("#category", "Internet et fibre");
            customer.type("#title", QUESTION);
            customer.type("#body", "Le voyant reste rouge et l'ordinateur ne voit plus la clé.");
            customer.click("#forum-ask-form button[type=submit]");
            customer.awaitText(".alert-success", "Votre question est publiée.");
            question = customer.url().replaceAll(".*(/prospection/forum/questions/\\d+).*", "$1");
            fits(customer, question);
        }

        try (Browser agent = signedIn("agent@atlas.demo", "demo")) {
            agent.open(atlas(question));
            agent.type("#body", "Réinstallez le gestionnaire de la clé depuis son lecteur, puis redémarrez.");
            agent.click("#forum-answer-form button[type=submit]");
            agent.awaitText(".alert-success", "Votre réponse est publiée.");
            agent.click(".g-forum-solve");
            agent.awaitText("#forum-solution", "Réinstallez le gestionnaire");
            agent.click("#forum-moderate summary");
            agent.click("#question-ticket");
            agent.awaitText("#forum-ticket-opened", "a été ouverte");
            agent.click("#forum-ticket a");
            agent.awaitUrl("/claims/T-");
            assertThat(agent.text("h1")).contains(QUESTION);
        }

        try (Browser customer = signedIn("customer@atlas.demo", "demo")) {
            customer.open(atlas("/notifications"));
            assertThat(customer.text("main")).contains(QUESTION);
            customer.open(atlas(question));
            assertThat(customer.text("#forum-solution")).contains("Réinstallez le gestionnaire");
            assertThat(customer.exists("#forum-ticket a[href*='/claims/my/T-']"))
                    .isTrue();
        }
        assertThat(Mailbox.waitFor("customer@atlas.demo", "Nouvelle réponse à votre question : " + QUESTION)
                        .body())
                .contains("Réinstallez le gestionnaire");

        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        User newcomer = accounts.customer(atlas, "forumnew");
        String held;
        try (Browser him = signedIn(newcomer.email(), TestAccounts.PASSWORD)) {
            him.open(atlas("/prospection/forum/ask"));
            him.select("#category", "Mobile et forfaits");
            him.type("#title", "Recharges gratuites pour tous");
            him.type("#body", "Rendez-vous sur http://recharges-gratuites.example.com pour en profiter.");
            him.click("#forum-ask-form button[type=submit]");
            him.awaitText(".alert-success", "il sera publié dès qu'un modérateur");
            assertThat(him.exists("#question-held")).isTrue();
            held = him.url().replaceAll(".*(/prospection/forum/questions/\\d+).*", "$1");
        }
        try (Browser visitor = new Browser()) {
            visitor.open(atlas("/prospection/forum"));
            assertThat(visitor.text("main")).doesNotContain("Recharges gratuites pour tous");
            visitor.open(atlas(held));
            assertThat(visitor.source()).doesNotContain("recharges-gratuites");
        }

        try (Browser agent = signedIn("agent@atlas.demo", "demo")) {
            agent.open(atlas("/prospection/forum/moderation"));
            assertThat(agent.text("#held-questions")).contains("Recharges gratuites pour tous");
            fits(agent, "/prospection/forum/moderation");
            agent.open(atlas(question));
            agent.click("#forum-moderate summary");
            agent.click("#question-visibility");
            agent.awaitText(".alert-success", "seuls les modérateurs le voient");
            assertThat(agent.exists("#question-hidden")).isTrue();
        }
        try (Browser visitor = new Browser()) {
            visitor.open(atlas("/prospection/forum"));
            assertThat(visitor.text("main")).doesNotContain(QUESTION);
            visitor.open(atlas(question));
            assertThat(visitor.source()).doesNotContain("Le voyant reste rouge");
        }
        try (Browser customer = signedIn("customer@atlas.demo", "demo")) {
            customer.open(atlas(question));
            assertThat(customer.source()).doesNotContain("Le voyant reste rouge");
        }
    }

    private static void fits(Browser browser, String path) {
        for (String language : new String[] {"fr", "ar"}) {
            for (int width : new int[] {375, 1280}) {
                browser.resize(width, 900);
                browser.open(browser.url().replaceAll("(https?://[^/]+).*", "$1") + path
                        + (path.contains("?") ? "&" : "?") + "lang=" + language);
                assertThat(browser.overflow())
                        .as("%s at %d px in %s: %s", path, width, language, browser.outsideTheWindow())
                        .isLessThanOrEqualTo(0);
            }
        }
        browser.resize(1280, 900);
        browser.open(browser.url().replaceAll("(https?://[^/]+).*", "$1") + path + (path.contains("?") ? "&" : "?")
                + "lang=fr");
    }

    private Browser signedIn(String email, String password) {
        return Browser.signedIn(http.port(), "atlas", email, password);
    }

    private String atlas(String path) {
        return Browser.portal(http.port(), "atlas", path);
    }
}
