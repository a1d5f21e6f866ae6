package guichet.prospection.forum.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.prospection.forum.ForumCategory;
import guichet.prospection.forum.ForumMother;
import guichet.prospection.forum.Question;
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
 * Who reaches what of the forum, page by page and endpoint by endpoint: anyone reads, every role with an account
 * writes, only moderators moderate; a customer never sees another's held post nor moderates; another tenant's host,
 * token or forum shows nothing of this one; a tenant without the module has no forum; the abuse limits count each
 * tenant's posts only.
 */
@GuichetTest
@Import({ForumMother.class, PageCost.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumAccessWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    ForumMother mother;

    private TenantProfile tenant;
    private TenantProfile other;
    private final Map<Role, User> users = new LinkedHashMap<>();
    private Question published;
    private Question held;
    private ForumCategory category;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("fac", "prospection");
        other = tenants.create("fax", "prospection");
        for (Role role : List.of(Role.TENANT_ADMIN, Role.AGENT, Role.SALES_REP, Role.SELLER)) {
            users.put(role, accounts.staff(tenant, role.id(), role));
        }
        users.put(Role.CUSTOMER, accounts.customer(tenant, "client"));
        users.put(Role.RESELLER, accounts.customerWithRole(tenant, "revendeur", Role.RESELLER));
        category = mother.category(tenant, "Aide");
        published = mother.question(
                tenant,
                ForumMother.poster(users.get(Role.AGENT), true),
                category,
                "Question publique de fac",
                "Tout le monde la lit.");
        User newcomer = accounts.customer(tenant, "nouveau");
        held = mother.question(
                tenant,
                ForumMother.poster(newcomer, false),
                category,
                "Question retenue de fac",
                "Mon site www.exemple-promo.com est génial.");
    }

    @Test
    void eachRoleReachesThePagesItsPermissionsAllow() {
        Map<String, Integer> expectedAnonymous = Map.of(
                "/prospection/forum",
                200,
                "/prospection/forum/questions/" + published.number(),
                200,
                "/prospection/forum/questions/" + held.number(),
                404,
                "/prospection/forum/ask",
                302,
                "/prospection/forum/moderation",
                302);
        List<String> wrong = new ArrayList<>();
        TenantHttp.Client visitor = http.tenant(tenant);
        expectedAnonymous.forEach((path, status) -> check(wrong, "anonymous", visitor, path, status));
        for (Map.Entry<Role, User> entry : users.entrySet()) {
            Role role = entry.getKey();
            boolean moderator = role == Role.TENANT_ADMIN || role == Role.AGENT;
            TenantHttp.Client client = signedIn(tenant, entry.getValue());
            check(wrong, role.id(), client, "/prospection/forum", 200);
            check(wrong, role.id(), client, "/prospection/forum/questions/" + published.number(), 200);
            check(wrong, role.id(), client, "/prospection/forum/questions/" + held.number(), moderator ? 200 : 404);
            check(wrong, role.id(), client, "/prospection/forum/ask", 200);
            check(wrong, role.id(), client, "/prospection/forum/moderation", moderator ? 200 : 403);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCustomerNeitherModeratesNorChoosesTheSolutionOfAnothersQuestion() {
        var answer = mother.answer(
                tenant, ForumMother.poster(users.get(Role.AGENT), true), published, "Une réponse d'agent.");
        TenantHttp.Client customer = signedIn(tenant, users.get(Role.CUSTOMER));
        String path = "/prospection/forum/questions/" + published.number();
        String csrf = customer.csrfToken(path);
        assertThat(customer.postForm(path + "/moderation", Map.of("_csrf", csrf, "action", "hide"))
                        .status())
                .isEqualTo(403);
        assertThat(customer.postForm(
                                path + "/answers/" + answer.id() + "/moderation",
                                Map.of("_csrf", csrf, "action", "hide"))
                        .status())
                .isEqualTo(403);
        assertThat(customer.postForm(path + "/ticket", Map.of("_csrf", csrf)).status())
                .isEqualTo(403);
        customer.postForm(
                path + "/solution", Map.of("_csrf", csrf, "answer", answer.id().toString()));
        Question after = mother.reread(tenant, published);
        assertThat(after.published()).isTrue();
        assertThat(after.solved()).isFalse();
        assertThat(customer.get(path).html().select("form[action$='/moderation']"))
                .isEmpty();
    }

    @Test
    void theApiReadsForAnyoneAndWritesForAccountsAndModerators() {
        TenantHttp.Client api = http.tenant(tenant);
        TenantHttp.Page list = api.get("/api/forum/questions?q=publique", "application/json");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Question publique de fac").doesNotContain("Question retenue");
        assertThat(api.get("/api/forum/categories", "application/json").body()).contains(category.slug());
        assertThat(api.get("/api/forum/questions/" + published.number(), "application/json")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/forum/questions/" + held.number(), "application/json")
                        .status())
                .isEqualTo(404);

        String ask = "{\"title\":\"Question posée par l'API\",\"body\":\"Le texte de la question.\"}";
        String askPath = "/api/forum/categories/" + category.slug() + "/questions";
        assertThat(api.sendJsonWithToken("POST", askPath, ask, "not-a-token").status())
                .isEqualTo(401);
        String customer = token(tenant, users.get(Role.CUSTOMER));
        TenantHttp.Page created = api.sendJsonWithToken("POST", askPath, ask, customer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        TenantHttp.Page invalid = api.sendJsonWithToken("POST", askPath, "{\"title\":\"\",\"body\":\"x\"}", customer);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"title\"");

        String moderation = "/api/forum/questions/" + published.number() + "/moderation";
        assertThat(api.sendJsonWithToken("POST", moderation, "{\"action\":\"pin\"}", customer)
                        .status())
                .isEqualTo(403);
        assertThat(api.sendJsonWithToken(
                                "POST", moderation, "{\"action\":\"pin\"}", token(tenant, users.get(Role.AGENT)))
                        .status())
                .isEqualTo(204);
        assertThat(mother.reread(tenant, published).pinned()).isTrue();
        assertThat(api.getWithToken("/api/forum/questions/" + held.number(), token(tenant, users.get(Role.AGENT)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anotherTenantShowsNothingOfThisForumAndRefusesItsTokens() {
        TenantHttp.Client elsewhere = http.tenant(other);
        assertThat(elsewhere.get("/prospection/forum").body()).doesNotContain("Question publique de fac");
        assertThat(elsewhere
                        .get("/prospection/forum/questions/" + published.number())
                        .status())
                .isEqualTo(404);
        assertThat(elsewhere.get("/api/forum/questions", "application/json").body())
                .doesNotContain("Question publique de fac");
        String ours = token(tenant, users.get(Role.CUSTOMER));
        assertThat(elsewhere
                        .sendJsonWithToken(
                                "POST",
                                "/api/forum/questions/" + published.number() + "/answers",
                                "{\"body\":\"Depuis un autre locataire\"}",
                                ours)
                        .status())
                .isEqualTo(401);

        TenantProfile without = tenants.create("fno");
        assertThat(http.tenant(without).get("/prospection/forum").status()).isEqualTo(404);
        assertThat(http.tenant(without)
                        .get("/api/forum/questions", "application/json")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theLimitsOfOneTenantNeverCountAnothersPosts() {
        TenantProfile busy = tenants.create("fbu", "prospection");
        TenantProfile calm = tenants.create("fca", "prospection");
        ForumCategory busyCategory = mother.category(busy, "Aide");
        ForumCategory calmCategory = mother.category(calm, "Aide");
        String ask = "{\"title\":\"Une question de plus\",\"body\":\"Encore une question.\"}";
        TenantHttp.Client api = http.tenant(busy);
        int refused = 0;
        for (int account = 0; account < 4; account++) {
            String token = token(busy, accounts.customer(busy, "rapide" + account));
            for (int i = 0; i < 5; i++) {
                int status = api.sendJsonWithToken(
                                "POST", "/api/forum/categories/" + busyCategory.slug() + "/questions", ask, token)
                        .status();
                refused += status == 429 ? 1 : 0;
            }
        }
        assertThat(refused)
                .as("the address's 15 posts in 10 minutes are reached")
                .isEqualTo(5);
        TenantHttp.Page elsewhere = http.tenant(calm)
                .sendJsonWithToken(
                        "POST",
                        "/api/forum/categories/" + calmCategory.slug() + "/questions",
                        ask,
                        token(calm, accounts.customer(calm, "calme")));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
    }

    private void check(List<String> wrong, String who, TenantHttp.Client client, String path, int expected) {
        int status = client.get(path).status();
        if (status != expected) {
            wrong.add(who + " " + path + ": " + status + " instead of " + expected);
        }
    }

    private String token(TenantProfile where, User user) {
        return accounts.accessToken(where, user.email(), TestAccounts.PASSWORD);
    }

    private TenantHttp.Client signedIn(TenantProfile where, User user) {
        TenantHttp.Client browser = http.tenant(where);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        return browser;
    }
}
