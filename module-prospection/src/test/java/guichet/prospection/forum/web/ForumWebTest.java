package guichet.prospection.forum.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.notifications.InAppNotification;
import guichet.platform.notifications.Inbox;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.prospection.forum.ForumCategory;
import guichet.prospection.forum.ForumMother;
import guichet.prospection.forum.PostState;
import guichet.prospection.forum.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * The help forum through its pages, as its readers and writers use it: a visitor reads without an account and is
 * asked to sign in to write; a customer asks, an agent answers, the customer marks the solution and is told by e-mail
 * and on the platform; a moderator hides an answer and nobody else sees or finds it; a new account's link waits for a
 * moderator; a refused post comes back with what was typed; too many posts are refused with a translated reason.
 */
@GuichetTest
@Import({ForumMother.class, PageCost.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    ForumMother mother;

    @Autowired
    Inbox inbox;

    private TenantProfile tenant;
    private User agent;
    private User customer;
    private ForumCategory mobile;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("forum", "prospection");
        agent = accounts.staff(tenant, "agent", Role.AGENT);
        customer = accounts.customer(tenant, "amira");
        mobile = mother.category(tenant, "Mobile et forfaits");
    }

    @Test
    void aVisitorReadsTheForumWithoutAnAccountAndIsAskedToSignInToWrite() {
        Question asked = mother.question(
                tenant,
                ForumMother.poster(agent, true),
                mobile,
                "Comment recharger mon forfait prépayé ?",
                "Composez *123* suivi du code de la carte de recharge.");
        TenantHttp.Client visitor = http.tenant(tenant);

        TenantHttp.Page forum = visitor.get("/prospection/forum");
        assertThat(forum.status()).isEqualTo(200);
        assertThat(forum.html().select("#forum-questions").text()).contains("Comment recharger mon forfait prépayé ?");
        assertThat(forum.html().select("#forum-sign-in")).hasSize(1);
        assertThat(forum.html().select("#forum-ask")).isEmpty();

        TenantHttp.Page question = visitor.get("/prospection/forum/questions/" + asked.number());
        assertThat(question.status()).isEqualTo(200);
        assertThat(question.html().select("#question").text()).contains("Composez *123*");
        assertThat(question.html().select("#forum-answer-form")).isEmpty();
        assertThat(question.html().select("#forum-sign-in-to-answer")).hasSize(1);

        assertThat(visitor.get("/prospection/forum/ask").status()).isEqualTo(302);
        TenantHttp.Page posted = visitor.postForm(
                "/prospection/forum/questions/" + asked.number() + "/answers", Map.of("body", "Réponse anonyme"));
        assertThat(posted.status()).isIn(302, 401, 403);
        assertThat(mother.reread(tenant, asked).answerCount()).isZero();
    }

    @Test
    void aCustomerAsksAnAgentAnswersTheCustomerMarksTheSolutionAndIsTold() {
        TenantHttp.Client amira = signedIn(customer);
        String csrf = amira.csrfToken("/prospection/forum/ask");
        TenantHttp.Page asked = amira.postForm(
                "/prospection/forum/ask",
                Map.of(
                        "_csrf",
                        csrf,
                        "category",
                        mobile.slug(),
                        "title",
                        "Ma puce ne capte plus la 4G",
                        "body",
                        "Depuis hier mon téléphone reste en 3G à Sfax."));
        assertThat(asked.status()).isEqualTo(302);
        String path = asked.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("#.*", "");
        assertThat(path).matches("/prospection/forum/questions/\\d+");

        TenantHttp.Client staff = signedIn(agent);
        TenantHttp.Page answered = staff.postForm(
                path + "/answers",
                Map.of("_csrf", staff.csrfToken(path), "body", "Redémarrez en mode réseau automatique."));
        assertThat(answered.status()).isEqualTo(302);

        Document page = amira.get(path).html();
        String answerId = page.select("article.g-forum-answer").first().id().replace("answer-", "");
        assertThat(page.select("article.g-forum-answer .badge").text()).contains("Équipe");
        TenantHttp.Page solved =
                amira.postForm(path + "/solution", Map.of("_csrf", amira.csrfToken(path), "answer", answerId));
        assertThat(solved.status()).isEqualTo(302);

        Document after = http.tenant(tenant).get(path).html();
        assertThat(after.select("#forum-solution").text()).contains("Redémarrez en mode réseau automatique.");
        List<InAppNotification> told = mother.in(
                tenant, () -> inbox.of(customer.id(), PageRequest.of(0, 20)).getContent());
        assertThat(told).anySatisfy(n -> assertThat(n.title()).contains("Ma puce ne capte plus la 4G"));
        assertThat(Mailbox.waitFor(customer.email(), "Ma puce ne capte plus la 4G")
                        .body())
                .contains("Redémarrez en mode réseau automatique.");
        assertThat(http.tenant(tenant)
                        .get("/prospection/forum?show=solved")
                        .html()
                        .select("#forum-questions")
                        .text())
                .contains("Ma puce ne capte plus la 4G");
    }

    @Test
    void aModeratorHidesAnAnswerAndNobodyElseSeesOrFindsIt() {
        Question asked = mother.question(
                tenant, ForumMother.poster(customer, false), mobile, "Portabilité du numéro", "Combien de temps ?");
        var rude = mother.answer(
                tenant, ForumMother.poster(agent, true), asked, "Message grossier zanzibarique à masquer.");
        String path = "/prospection/forum/questions/" + asked.number();
        assertThat(http.tenant(tenant)
                        .get("/prospection/forum?q=zanzibarique")
                        .html()
                        .select("#forum-questions")
                        .text())
                .contains("Portabilité du numéro");

        TenantHttp.Client staff = signedIn(agent);
        TenantHttp.Page hidden = staff.postForm(
                path + "/answers/" + rude.id() + "/moderation",
                Map.of("_csrf", staff.csrfToken(path), "action", "hide"));
        assertThat(hidden.status()).isEqualTo(302);

        assertThat(http.tenant(tenant).get(path).body()).doesNotContain("zanzibarique");
        assertThat(signedIn(customer).get(path).body()).doesNotContain("zanzibarique");
        assertThat(staff.get(path).html().select("#answer-" + rude.id()).text())
                .contains("zanzibarique")
                .contains("Masquée");
        assertThat(http.tenant(tenant)
                        .get("/prospection/forum?q=zanzibarique")
                        .html()
                        .select("#forum-none"))
                .hasSize(1);
        assertThat(mother.reread(tenant, asked).answerCount()).isZero();
    }

    @Test
    void aNewAccountsLinkWaitsForAModeratorBeforeAnyoneElseReadsIt() {
        User newcomer = accounts.customer(tenant, "newcomer");
        TenantHttp.Client him = signedIn(newcomer);
        TenantHttp.Page asked = him.postForm(
                "/prospection/forum/ask",
                Map.of(
                        "_csrf",
                        him.csrfToken("/prospection/forum/ask"),
                        "category",
                        mobile.slug(),
                        "title",
                        "Forfaits moins chers ici",
                        "body",
                        "Voyez https://promo.example.com pour des forfaits à moitié prix."));
        String path = asked.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("#.*", "");

        assertThat(http.tenant(tenant).get(path).status()).isEqualTo(404);
        assertThat(signedIn(customer).get(path).status()).isEqualTo(404);
        assertThat(http.tenant(tenant).get("/prospection/forum").body()).doesNotContain("Forfaits moins chers ici");
        assertThat(him.get(path).html().select("#question-held")).hasSize(1);

        assertThat(mother.in(
                        tenant,
                        () -> inbox.of(agent.id(), PageRequest.of(0, 20)).getContent()))
                .anySatisfy(n -> assertThat(n.title()).contains("Forfaits moins chers ici"));
        TenantHttp.Client staff = signedIn(agent);
        assertThat(staff.get("/prospection/forum/moderation")
                        .html()
                        .select("#held-questions")
                        .text())
                .contains("Forfaits moins chers ici");
        staff.postForm(path + "/moderation", Map.of("_csrf", staff.csrfToken(path), "action", "show"));
        assertThat(http.tenant(tenant).get(path).status()).isEqualTo(200);
        assertThat(questionAt(path).state()).isEqualTo(PostState.PUBLISHED);
    }

    @Test
    void aRefusedQuestionComesBackWithWhatWasTypedAndWhy() {
        TenantHttp.Client amira = signedIn(customer);
        TenantHttp.Page refused = amira.postForm(
                "/prospection/forum/ask",
                Map.of(
                        "_csrf", amira.csrfToken("/prospection/forum/ask"),
                        "category", "",
                        "title", "",
                        "body", "Tout ce que j'avais écrit avec soin."));
        assertThat(refused.status()).isEqualTo(422);
        Document form = refused.html();
        assertThat(form.select("#body").text()).isEqualTo("Tout ce que j'avais écrit avec soin.");
        assertThat(form.select("#title-error").text()).isNotBlank();
        assertThat(form.select("#category-error").text()).isNotBlank();
    }

    @Test
    void tooManyPostsFromOneAccountAreRefusedWithTheTextKept() {
        User hasty = accounts.customer(tenant, "hasty");
        Question asked = mother.question(
                tenant, ForumMother.poster(agent, true), mobile, "Question pour répondre vite", "Répondez ici.");
        String path = "/prospection/forum/questions/" + asked.number();
        TenantHttp.Client him = signedIn(hasty);
        String csrf = him.csrfToken(path);
        for (int i = 1; i <= 5; i++) {
            assertThat(him.postForm(path + "/answers", Map.of("_csrf", csrf, "body", "Réponse " + i))
                            .status())
                    .isEqualTo(302);
        }
        TenantHttp.Page refused = him.postForm(path + "/answers", Map.of("_csrf", csrf, "body", "La sixième réponse"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.html().select("#body").text()).isEqualTo("La sixième réponse");
        assertThat(refused.html().select("#forum-answer-problem").text()).contains("5");
        assertThat(mother.reread(tenant, asked).answerCount()).isEqualTo(5);
    }

    @Test
    void searchIgnoresAccentsAndCaseAndFindsWordsOfAnswers() {
        ForumCategory internet = mother.category(tenant, "Internet");
        Question asked = mother.question(
                tenant,
                ForumMother.poster(customer, false),
                internet,
                "Facturation de la fibre",
                "Ma facture a doublé ce mois-ci.");
        mother.answer(tenant, ForumMother.poster(agent, true), asked, "Un avoir de régularisation est en cours.");
        Map<String, String> found = new LinkedHashMap<>();
        for (String words : List.of("FIBRE facturation", "regularisation", "facturé")) {
            found.put(
                    words,
                    http.tenant(tenant)
                            .get("/prospection/forum?q=" + words.replace(" ", "+"))
                            .html()
                            .select("#forum-questions")
                            .text());
        }
        assertThat(found.values()).allSatisfy(text -> assertThat(text).contains("Facturation de la fibre"));
        assertThat(http.tenant(tenant)
                        .get("/prospection/forum?q=introuvable&category=" + internet.slug())
                        .html()
                        .select("#forum-none"))
                .hasSize(1);
    }

    private Question questionAt(String path) {
        long number = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        return mother.byNumber(tenant, number);
    }

    private TenantHttp.Client signedIn(User user) {
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        return browser;
    }
}
