package guichet.platform.filters;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Saving list filters from a list page's panel, for oneself or the team, over HTTP with signed-in users. */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedFiltersWebTest {

    private static final String LIST = "/admin/users";

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    private TenantProfile tenant;
    private TenantHttp.Client admin;
    private TenantHttp.Client agent;
    private TenantHttp.Client colleague;

    @BeforeAll
    void staff() {
        tenant = tenants.create("flt");
        admin = signedIn(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        agent = signedIn(tenant, accounts.staff(tenant, "agent", Role.AGENT));
        colleague = signedIn(tenant, accounts.staff(tenant, "colleague", Role.SELLER));
    }

    @Test
    void aSavedFilterOpensTheListWithItsCriteriaWithoutPaging() {
        TenantHttp.Page saved = save(agent, "Clients actifs", "q=&kind=CUSTOMER&state=active&page=3", false);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(location(saved)).isEqualTo(LIST + "?kind=CUSTOMER&state=active");
        Document list = agent.follow(saved).html();
        assertThat(list.select("main .alert-success").text()).isEqualTo("Le filtre est enregistré.");
        assertThat(link(list, "Clients actifs").attr("href")).isEqualTo(LIST + "?kind=CUSTOMER&state=active");
        assertThat(list.select("select#state option[selected]").val()).isEqualTo("active");
    }

    @Test
    void theTeamSeesASharedFilterButNeverAnothersPrivateOne() {
        save(agent, "Mon brouillon", "q=dupont", false);
        save(agent, "Personnel actif", "kind=STAFF&state=active", true);

        Document seen = colleague.get(LIST).html();
        assertThat(names(seen)).contains("Personnel actif").doesNotContain("Mon brouillon");
        assertThat(seen.select(".g-saved-filter .badge").text()).contains("partagé");
        assertThat(names(agent.get(LIST).html())).contains("Personnel actif", "Mon brouillon");
    }

    @Test
    void onlyItsOwnerOrAnAdministratorDeletesASharedFilter() {
        save(agent, "Comptes désactivés", "state=inactive", true);
        save(agent, "Privé", "q=martin", false);
        String shared = idOf(agent, "Comptes désactivés");
        String mine = idOf(agent, "Privé");

        assertThat(delete(colleague, shared).status()).isEqualTo(403);
        assertThat(delete(colleague, mine).status()).as("unseen, so unknown").isEqualTo(404);
        assertThat(delete(admin, mine).status()).isEqualTo(404);

        TenantHttp.Page deleted = delete(admin, shared);
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(location(deleted)).isEqualTo(LIST);
        assertThat(names(agent.get(LIST).html()))
                .doesNotContain("Comptes désactivés")
                .contains("Privé");
        assertThat(delete(agent, mine).status()).isEqualTo(302);
        assertThat(names(agent.get(LIST).html())).doesNotContain("Privé");
    }

    @Test
    void anotherTenantsFilterIsNotFound() {
        save(agent, "Chez nous", "kind=STAFF", true);
        String id = idOf(agent, "Chez nous");
        TenantProfile other = tenants.create("flo");
        TenantHttp.Client stranger = signedIn(other, accounts.staff(other, "admin", Role.TENANT_ADMIN));

        assertThat(delete(stranger, id).status()).isEqualTo(404);
        assertThat(names(stranger.get(LIST).html())).doesNotContain("Chez nous");
    }

    @Test
    void aCustomerCannotSaveFiltersAndSeesNoPanel() {
        User customer = accounts.customer(tenant, "client");
        TenantHttp.Client browser = signedIn(tenant, customer);
        Map<String, String> form = form(browser.csrfToken("/account"), "À moi", "kind=STAFF", true);

        assertThat(browser.postForm("/filters", form).status()).isEqualTo(403);
        assertThat(browser.get("/account").html().select(".g-saved-filters")).isEmpty();
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignIn() {
        TenantHttp.Client visitor = http.tenant(tenant);
        String token = visitor.get("/").html().select("meta[name=csrf-token]").attr("content");
        assertThat(token).isNotEmpty();

        TenantHttp.Page answer = visitor.postForm("/filters", form(token, "Anonyme", "kind=STAFF", false));
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login");
    }

    @Test
    void aReturnAddressOnAnotherSiteIsRefused() {
        for (String elsewhere :
                List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "")) {
            Map<String, String> form = form(agent.csrfToken(LIST), "Piège", "kind=STAFF", false);
            form.put("returnTo", elsewhere);
            TenantHttp.Page answer = agent.postForm("/filters", form);
            assertThat(answer.status()).as(elsewhere).isEqualTo(400);
            assertThat(answer.header("Location")).as(elsewhere).isNull();
        }
        assertThat(names(agent.get(LIST).html())).doesNotContain("Piège");
    }

    @Test
    void badInputIsExplainedOnTheListWithWhatWasTyped() {
        TenantHttp.Page blank = save(agent, "  ", "kind=CUSTOMER", true);
        assertThat(location(blank)).isEqualTo(LIST + "?kind=CUSTOMER");
        Document page = agent.follow(blank).html();
        assertThat(page.select("#filter-name-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select(".g-saved-filters details").hasAttr("open")).isTrue();
        assertThat(page.select("#filter-shared").hasAttr("checked")).isTrue();
        assertThat(page.select(".g-save-filter input[name=query]").val()).isEqualTo("kind=CUSTOMER");

        String longName = "N".repeat(81);
        Document tooLong =
                agent.follow(save(agent, longName, "kind=CUSTOMER", false)).html();
        assertThat(tooLong.select("#filter-name-error").text())
                .isEqualTo("Le nom d'un filtre compte 80 caractères au plus.");
        assertThat(tooLong.select("#filter-name").val()).isEqualTo(longName);

        Document tooMany = agent.follow(save(agent, "Trop", "q=" + "x".repeat(2001), false))
                .html();
        assertThat(tooMany.select("#filter-query-error").text()).startsWith("Ces critères sont trop longs");
        assertThat(tooMany.select("#filter-name").val()).isEqualTo("Trop");
    }

    /** Saves a filter of the user list from the list showing {@code query}, as the panel's form does. */
    private TenantHttp.Page save(TenantHttp.Client who, String name, String query, boolean shared) {
        String shown = LIST + "?" + query.replaceAll("(^|&)page=[^&]*", "");
        Element panel = who.get(shown).html().selectFirst(".g-save-filter");
        assertThat(panel).as("the save form on " + shown).isNotNull();
        Map<String, String> form = form(panel.select("input[name=_csrf]").val(), name, query, shared);
        form.put("returnTo", panel.select("input[name=returnTo]").val());
        return who.postForm("/filters", form);
    }

    /** Where a redirect leads, on this tenant's host only. */
    private String location(TenantHttp.Page redirect) {
        java.net.URI target = redirect.uri().resolve(redirect.header("Location"));
        assertThat(target.getHost()).isEqualTo(redirect.uri().getHost());
        return target.getRawQuery() == null ? target.getRawPath() : target.getRawPath() + "?" + target.getRawQuery();
    }

    private static Map<String, String> form(String csrf, String name, String query, boolean shared) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("listKey", "platform.users");
        form.put("name", name);
        form.put("query", query);
        if (shared) {
            form.put("shared", "true");
        }
        form.put("returnTo", LIST);
        return form;
    }

    private TenantHttp.Page delete(TenantHttp.Client who, String id) {
        return who.postForm("/filters/" + id + "/delete", Map.of("_csrf", who.csrfToken(LIST), "returnTo", LIST));
    }

    private String idOf(TenantHttp.Client who, String name) {
        Element item = who.get(LIST).html().select(".g-saved-filter").stream()
                .filter(li -> li.selectFirst("a").text().equals(name))
                .findFirst()
                .orElseThrow();
        String action = item.selectFirst("form").attr("action");
        return action.substring("/filters/".length(), action.length() - "/delete".length());
    }

    private static List<String> names(Document page) {
        return page.select(".g-saved-filter > a").eachText();
    }

    private static Element link(Document page, String name) {
        return page.select(".g-saved-filter > a").stream()
                .filter(a -> a.text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No saved filter " + name));
    }

    private TenantHttp.Client signedIn(TenantProfile in, User user) {
        TenantHttp.Client browser = http.tenant(in);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        return browser;
    }
}
