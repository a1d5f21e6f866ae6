package guichet.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator sees every interaction: sign-ins, failures, sign-outs and administrative actions (seed 000). */
@GuichetTest
class HistoryWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Test
    void signInsFailuresSignOutsAndAdministrationAppearWithWhoWhenAndWhere() {
        TenantProfile tenant = tenants.create("hist");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);

        http.tenant(tenant).signIn(agent.email(), "wrong-password");
        TenantHttp.Client agentBrowser = http.tenant(tenant);
        agentBrowser.signIn(agent.email(), TestAccounts.PASSWORD);
        agentBrowser.follow(agentBrowser.postForm("/logout", Map.of("_csrf", agentBrowser.csrfToken("/"))));

        TenantHttp.Client adminBrowser = http.tenant(tenant);
        adminBrowser.signIn(admin.email(), TestAccounts.PASSWORD);
        adminBrowser.postForm(
                "/admin/users/" + agent.id() + "/state",
                Map.of("action", "deactivate", "_csrf", adminBrowser.csrfToken("/admin/users/" + agent.id())));

        Document history = adminBrowser.get("/admin/history?size=100").html();
        List<String> rows =
                history.select("tbody tr").stream().map(Element::text).toList();
        assertThat(rows)
                .anyMatch(row ->
                        row.contains("Échec de connexion") && row.contains(agent.email()) && row.contains("127.0.0.1"));
        assertThat(rows).anyMatch(row -> row.contains("Connexion") && row.contains(agent.email()));
        assertThat(rows).anyMatch(row -> row.contains("Déconnexion") && row.contains(agent.email()));
        assertThat(rows).anyMatch(row -> row.contains("Utilisateur désactivé") && row.contains(admin.email()));
        assertThat(history.select("tbody time").first().attr("datetime")).endsWith("+01:00");

        Document failures =
                adminBrowser.get("/admin/history?action=LOGIN_ERROR").html();
        assertThat(failures.select("tbody tr")).hasSize(1);
    }

    @Test
    void onlyTheAdministratorSeesTheHistory() {
        TenantProfile tenant = tenants.create("hist");
        TenantHttp.Client agent = http.tenant(tenant);
        agent.signIn(accounts.staff(tenant, "agent", Role.AGENT).email(), TestAccounts.PASSWORD);
        assertThat(agent.get("/admin/history").status()).isEqualTo(403);
    }
}
