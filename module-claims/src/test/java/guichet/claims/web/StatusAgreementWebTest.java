package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.settings.StatusAgreement;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The default statuses' labels agree with the ticket's noun (issue 24, bug 8): a tenant that calls its requests
 * « ticket » (masculine) sees « Ouvert, Traité, Fermé, Annulé », in Arabic with a masculine noun « مفتوح »…, from the
 * moment it changes its noun on the vocabulary page; a label the tenant edited itself keeps its words.
 */
@GuichetTest
@Import(DeskFixture.class)
class StatusAgreementWebTest {

    private static final List<String> CODES = List.of("open", "resolved", "closed", "cancelled");

    @Autowired
    TestTenants tenants;

    @Autowired
    DeskFixture desk;

    @Autowired
    StatusAgreement agreement;

    @Test
    void theDefaultLabelsFollowTheNounUntilTheTenantEditsThem() {
        TenantProfile tenant = tenants.create("agree", "customers", "claims");
        TenantHttp.Client admin = desk.signedIn(tenant, "admin", Role.TENANT_ADMIN);
        assertThat(labels(admin, "fr")).containsExactly("Ouverte", "Traitée", "Fermée", "Annulée");
        assertThat(labels(admin, "ar")).containsExactly("مفتوحة", "تمت معالجتها", "مغلقة", "ملغاة");

        Map<String, String> masculine = vocabulary(admin);
        masculine.put("wordings[fr].own", "true");
        masculine.put("wordings[fr].singular", "ticket");
        masculine.put("wordings[fr].plural", "tickets");
        masculine.put("wordings[fr].gender", "masculine");
        masculine.put("wordings[ar].own", "true");
        masculine.put("wordings[ar].singular", "طلب عميل");
        masculine.put("wordings[ar].plural", "طلبات عملاء");
        masculine.put("wordings[ar].dual", "طلبا عميل");
        masculine.put("wordings[ar].definitePlural", "طلبات العملاء");
        masculine.put("wordings[ar].gender", "masculine");
        assertThat(admin.postForm("/admin/vocabulary", masculine).status()).isEqualTo(302);

        assertThat(labels(admin, "fr")).containsExactly("Ouvert", "Traité", "Fermé", "Annulé");
        assertThat(labels(admin, "ar")).containsExactly("مفتوح", "تمت معالجته", "مغلق", "ملغى");
        assertThat(labels(admin, "en"))
                .as("English has no gender")
                .containsExactly("Open", "Resolved", "Closed", "Cancelled");
        Document list = admin.get("/claims/settings").html();
        assertThat(list.select("input[name=fr][form=st-in_progress]").val())
                .as("a label without gender")
                .isEqualTo("En cours");

        // The tenant words « closed » its own way, and saves « resolved » unchanged.
        Map<String, String> closed = status(admin, "closed");
        closed.put("fr", "Clos");
        TenantHttp.Page edited = admin.postForm("/claims/settings/statuses/closed", closed);
        assertThat(edited.status()).as(closed + "\n" + edited.body()).isEqualTo(302);
        assertThat(admin.postForm("/claims/settings/statuses/resolved", status(admin, "resolved"))
                        .status())
                .isEqualTo(302);

        Map<String, String> feminine = vocabulary(admin);
        feminine.remove("wordings[fr].own");
        feminine.remove("wordings[ar].own");
        assertThat(admin.postForm("/admin/vocabulary", feminine).status()).isEqualTo(302);

        assertThat(labels(admin, "fr"))
                .as("back to « réclamation », but « Clos » is the tenant's own")
                .containsExactly("Ouverte", "Traitée", "Clos", "Annulée");
        assertThat(labels(admin, "ar")).containsExactly("مفتوحة", "تمت معالجتها", "مغلق", "ملغاة");

        desk.in(tenant, () -> {
            agreement.agree();
            return null;
        });
        assertThat(labels(admin, "fr"))
                .as("agreeing again changes nothing")
                .containsExactly("Ouverte", "Traitée", "Clos", "Annulée");
    }

    /** The labels in a language of the statuses open, resolved, closed and cancelled, as the settings page shows them. */
    private static List<String> labels(TenantHttp.Client admin, String language) {
        Document page = admin.get("/claims/settings").html();
        return CODES.stream()
                .map(code -> page.select("input[name=" + language + "][form=st-" + code + "]")
                        .val())
                .toList();
    }

    /** A status's form as the settings page fills it. */
    private static Map<String, String> status(TenantHttp.Client admin, String code) {
        Document page = admin.get("/claims/settings").html();
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("[form=st-" + code + "]").forEach(field -> {
            String type = field.attr("type");
            if (field.attr("name").isEmpty() || type.equals("checkbox") && !field.hasAttr("checked")) {
                return;
            }
            String value = field.tagName().equals("select")
                    ? field.select("option[selected]").val()
                    : field.val();
            fields.put(field.attr("name"), value);
        });
        fields.put("_csrf", page.select("#st-" + code + " input[name=_csrf]").val());
        return fields;
    }

    private static Map<String, String> vocabulary(TenantHttp.Client admin) {
        return new LinkedHashMap<>(admin.get("/admin/vocabulary").inputs("form[action=/admin/vocabulary]"));
    }
}
