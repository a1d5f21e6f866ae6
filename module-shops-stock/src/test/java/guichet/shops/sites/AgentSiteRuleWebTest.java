package guichet.shops.sites;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.users.Users;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Seed 000, « un agent de terrain appartient à une et une seule agence », as poste turns it on: the administrator
 * cannot open an agent's account without his agency — the form says why, beside the agency, with what he typed — and
 * opens it with one; turned off in the shops settings, an agent may have none, as on any other tenant.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class AgentSiteRuleWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    Sites sites;

    @Autowired
    Users users;

    @Test
    void anAgentOfPosteIsOpenedOnlyWithHisAgencyWhileTheRuleHolds() {
        TenantProfile poste = catalog.find(new TenantId("poste")).orElseThrow();
        TenantHttp.Client admin = http.tenant(poste);
        admin.signIn("admin@poste.demo", "demo");

        Document refused = admin.postForm("/admin/users", agent(admin, "sans.agence@poste.test", ""))
                .html();
        assertThat(refused.select("#siteId-error").text())
                .isEqualTo("Chaque agent appartient à une agence : choisissez la sienne.");
        assertThat(refused.select("#email").val()).isEqualTo("sans.agence@poste.test");
        assertThat(TenantContext.call(poste.id(), () -> users.findByEmail("sans.agence@poste.test")))
                .isEmpty();

        String cotonou = TenantContext.call(poste.id(), () -> sites.findByCode("COT-01"))
                .orElseThrow()
                .id()
                .value()
                .toString();
        TenantHttp.Page opened = admin.postForm("/admin/users", agent(admin, "avec.agence@poste.test", cotonou));
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);

        String csrf = admin.csrfToken("/shops/settings");
        admin.postForm("/shops/settings/staff", Map.of("_csrf", csrf));
        assertThat(admin.get("/shops/settings")
                        .html()
                        .select("#oneSitePerAgent")
                        .hasAttr("checked"))
                .isFalse();
        try {
            TenantHttp.Page free = admin.postForm("/admin/users", agent(admin, "libre@poste.test", ""));
            assertThat(free.status()).as(free.body()).isEqualTo(302);
        } finally {
            admin.postForm("/shops/settings/staff", Map.of("_csrf", csrf, "oneSitePerAgent", "true"));
        }
        assertThat(admin.get("/shops/settings")
                        .html()
                        .select("#oneSitePerAgent")
                        .hasAttr("checked"))
                .isTrue();
    }

    private static Map<String, String> agent(TenantHttp.Client admin, String email, String site) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", admin.csrfToken("/admin/users/new?kind=STAFF"));
        form.put("kind", "STAFF");
        form.put("email", email);
        form.put("firstName", "Test");
        form.put("lastName", "Agent");
        form.put("roles", "agent");
        form.put("siteId", site);
        form.put("password", TestAccounts.PASSWORD);
        return form;
    }
}
