package guichet.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant administrator words his customers' requests his own way, per language, with the gender and forms messages
 * agree with (Settings → Vocabulary); what he types is checked, and only his tenant's pages change.
 */
@GuichetTest
class VocabularyWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Test
    void anAdministratorGivesHisOwnWordAndThePagesAgreeWithIt() {
        TenantProfile tenant = tenants.create("voc");
        TenantProfile other = tenants.create("voc");
        TenantHttp.Client admin = signedIn(tenant, Role.TENANT_ADMIN);

        Document page = admin.get("/admin/vocabulary").html();
        assertThat(page.select("#singular-fr").val()).isEqualTo("réclamation");
        assertThat(page.select("#own-fr").hasAttr("checked")).isFalse();
        assertThat(page.select("#wording-fr .g-preview q").eachText())
                .containsExactly("Réclamations", "Nouvelle réclamation", "Aucune réclamation pour le moment.");

        Map<String, String> fields = form(admin);
        fields.put("wordings[fr].own", "true");
        fields.put("wordings[fr].singular", " incident ");
        fields.put("wordings[fr].plural", "incidents");
        fields.put("wordings[fr].gender", "masculine");
        TenantHttp.Page saved = admin.postForm("/admin/vocabulary", fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        Document after = admin.follow(saved).html();
        assertThat(after.select("main .alert-success").text()).isEqualTo("Le vocabulaire est enregistré.");
        assertThat(after.select("#own-fr").hasAttr("checked")).isTrue();
        assertThat(after.select("#wording-fr .g-preview q").eachText())
                .containsExactly("Incidents", "Nouvel incident", "Aucun incident pour le moment.");
        assertThat(after.select("#wording-en .g-preview q").eachText())
                .as("English keeps its default words")
                .containsExactly("Claims", "New claim", "No claims yet.");
        assertThat(admin.get("/admin/history").html().select("main").text()).contains("Vocabulaire modifié");

        TenantHttp.Client otherAdmin = signedIn(other, Role.TENANT_ADMIN);
        assertThat(otherAdmin
                        .get("/admin/vocabulary")
                        .html()
                        .select("#wording-fr .g-preview q")
                        .eachText())
                .contains("Nouvelle réclamation");

        Map<String, String> reset = form(admin);
        reset.remove("wordings[fr].own");
        TenantHttp.Page back = admin.postForm("/admin/vocabulary", reset);
        assertThat(admin.follow(back).html().select("#wording-fr .g-preview q").eachText())
                .contains("Nouvelle réclamation");
    }

    @Test
    void theSitesHaveTheirOwnWordBesideTheRequests() {
        TenantProfile tenant = tenants.create("vocsite");
        TenantHttp.Client admin = signedIn(tenant, Role.TENANT_ADMIN);

        Document page = admin.get("/admin/vocabulary?noun=site").html();
        assertThat(page.select(".g-nouns .active").text()).isEqualTo("Points de vente");
        assertThat(page.select("#wording-fr .g-preview q").eachText())
                .containsExactly("Points de vente", "Nouveau point de vente", "Aucun point de vente pour le moment.");

        Map<String, String> fields = form(admin, "/admin/vocabulary?noun=site");
        fields.put("wordings[fr].own", "true");
        fields.put("wordings[fr].singular", "agence");
        fields.put("wordings[fr].plural", "agences");
        fields.put("wordings[fr].gender", "feminine");
        fields.put("wordings[ar].own", "true");
        fields.put("wordings[ar].singular", "متجر");
        fields.put("wordings[ar].plural", "متاجر");
        fields.put("wordings[ar].dual", "متجران");
        fields.put("wordings[ar].definitePlural", "المتاجر");
        fields.put("wordings[ar].gender", "masculine");
        TenantHttp.Page saved = admin.postForm("/admin/vocabulary", fields);
        assertThat(saved.header("Location")).endsWith("/admin/vocabulary?noun=site");

        Document after = admin.follow(saved).html();
        assertThat(after.select("#wording-fr .g-preview q").eachText())
                .containsExactly("Agences", "Nouvelle agence", "Aucune agence pour le moment.");
        assertThat(after.select("#wording-ar .g-preview q").eachText()).contains("متجر جديد");
        assertThat(admin.get("/admin/vocabulary")
                        .html()
                        .select("#wording-fr .g-preview q")
                        .eachText())
                .as("the requests keep their word")
                .contains("Nouvelle réclamation");
    }

    @Test
    void whatIsTypedIsCheckedAndNothingIsSavedUntilItIsRight() {
        TenantProfile tenant = tenants.create("vocbad");
        TenantHttp.Client admin = signedIn(tenant, Role.TENANT_ADMIN);
        Map<String, String> fields = form(admin);
        fields.put("wordings[fr].own", "true");
        fields.put("wordings[fr].singular", "ticket");
        fields.put("wordings[fr].plural", "");
        fields.remove("wordings[fr].gender");
        fields.put("wordings[ar].own", "true");
        fields.put("wordings[ar].singular", "تذكرة");
        fields.put("wordings[ar].plural", "تذاكر");
        fields.put("wordings[ar].dual", "");
        fields.put("wordings[ar].definitePlural", "{التذاكر}");

        TenantHttp.Page rejected = admin.postForm("/admin/vocabulary", fields);
        assertThat(rejected.status()).isEqualTo(200);
        Document page = rejected.html();
        assertThat(page.select("#plural-fr").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#singular-fr").val()).as("kept as typed").isEqualTo("ticket");
        assertThat(page.select("#wording-fr .invalid-feedback").eachText())
                .contains("Ce champ est obligatoire.", "Choisissez le genre du mot.");
        assertThat(page.select("#wording-ar .invalid-feedback").eachText())
                .contains("Ce champ est obligatoire.", "Sans accolades ni caractères de contrôle.");
        assertThat(admin.get("/admin/vocabulary")
                        .html()
                        .select("#wording-fr .g-preview q")
                        .eachText())
                .contains("Nouvelle réclamation");
    }

    @Test
    void onlyWhoManagesTheSettingsWordsTheTenantsRequests() {
        TenantProfile tenant = tenants.create("vocagent");
        TenantHttp.Client agent = signedIn(tenant, Role.AGENT);
        assertThat(agent.get("/admin/vocabulary").status()).isEqualTo(403);
        TenantHttp.Page post = agent.postForm(
                "/admin/vocabulary",
                Map.of("_csrf", agent.csrfToken("/"), "wordings[fr].own", "true", "wordings[fr].singular", "x"));
        assertThat(post.status()).isEqualTo(403);
    }

    /** The form's fields as the page fills them, with its CSRF token. */
    private static Map<String, String> form(TenantHttp.Client admin) {
        return form(admin, "/admin/vocabulary");
    }

    private static Map<String, String> form(TenantHttp.Client admin, String path) {
        return new LinkedHashMap<>(admin.get(path).inputs("form[action=/admin/vocabulary]"));
    }

    private TenantHttp.Client signedIn(TenantProfile tenant, Role role) {
        String name = role == Role.TENANT_ADMIN ? "admin" : "agent";
        accounts.staff(tenant, name, role);
        TenantHttp.Client client = http.tenant(tenant);
        TenantHttp.Page landed = client.signIn(name + "@" + tenant.slug() + ".test", TestAccounts.PASSWORD);
        assertThat(landed.status()).as(landed.uri() + "\n" + landed.body()).isEqualTo(200);
        return client;
    }
}
