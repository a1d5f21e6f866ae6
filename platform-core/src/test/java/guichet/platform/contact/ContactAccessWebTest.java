package guichet.platform.contact;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.SampleFiles;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who reaches what of the contact messages: only the tenant's administrators read the inbox; a user reads his own
 * messages only; nothing crosses tenants (another tenant's administrator, session or token); a visitor is sent to sign
 * in.
 */
@GuichetTest
class ContactAccessWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Test
    void onlyTheAuthorAndTheTenantsAdministratorsReachAMessage() {
        TenantProfile tenant = tenants.create("cta");
        accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User author = accounts.customer(tenant, "auteur");
        User neighbour = accounts.customer(tenant, "voisin");
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(author.email(), TestAccounts.PASSWORD);
        String id = ContactWebTest.sent(
                browser,
                browser.get("/contact?from=/account"),
                "BUG",
                "Secret",
                "Mon secret.",
                "capture.png",
                SampleFiles.png(1_000));
        String message = "/admin/contact/" + id;
        List<String> inboxPages = List.of("/admin/contact", message, message + "/screenshot");
        List<String> hisPages = List.of("/contact/messages/" + id, "/contact/messages/" + id + "/screenshot");

        TenantHttp.Client other = http.tenant(tenant);
        other.signIn(neighbour.email(), TestAccounts.PASSWORD);
        for (String path : hisPages) {
            assertThat(other.get(path).status()).as("another customer " + path).isEqualTo(404);
        }
        assertThat(other.get("/contact/messages").body()).doesNotContain("Secret");
        assertThat(other.postForm(
                                "/contact/messages/" + id + "/replies",
                                Map.of("body", "intrus", "_csrf", other.csrfToken("/contact")))
                        .status())
                .isEqualTo(404);
        for (String path : inboxPages) {
            assertThat(other.get(path).status()).as("a customer " + path).isEqualTo(403);
        }

        for (Role role : List.of(Role.AGENT, Role.SALES_REP, Role.SELLER)) {
            User staff = accounts.staff(tenant, role.id(), role);
            TenantHttp.Client colleague = http.tenant(tenant);
            colleague.signIn(staff.email(), TestAccounts.PASSWORD);
            for (String path : inboxPages) {
                assertThat(colleague.get(path).status())
                        .as(role.id() + " " + path)
                        .isEqualTo(403);
            }
            for (String path : hisPages) {
                assertThat(colleague.get(path).status())
                        .as(role.id() + " " + path)
                        .isEqualTo(404);
            }
            String csrf = colleague.csrfToken("/contact");
            for (String action : List.of("/answer", "/close", "/pass-on")) {
                assertThat(colleague
                                .postForm(message + action, Map.of("body", "x", "_csrf", csrf))
                                .status())
                        .as(role.id() + " " + action)
                        .isEqualTo(403);
            }
        }

        TenantHttp.Client anonymous = http.tenant(tenant);
        for (String path : List.of("/contact", "/contact/messages", hisPages.getFirst(), message)) {
            TenantHttp.Page answer = anonymous.get(path);
            assertThat(answer.status()).as("anonymous " + path).isEqualTo(302);
            assertThat(answer.header("Location")).as("anonymous " + path).endsWith("/login");
        }
        assertThat(anonymous
                        .postForm("/contact", Map.of("subject", "x", "body", "y"))
                        .status())
                .as("no token, no message")
                .isEqualTo(403);
    }

    @Test
    void nothingCrossesTenants() {
        TenantProfile tenant = tenants.create("ctx");
        TenantProfile other = tenants.create("cty");
        accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User author = accounts.customer(tenant, "auteur");
        User foreignAdmin = accounts.staff(other, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(author.email(), TestAccounts.PASSWORD);
        String id = ContactWebTest.sent(
                browser, browser.get("/contact"), "QUESTION", "Interne", "Rien pour les autres.", "", new byte[0]);

        TenantHttp.Client foreigner = http.tenant(other);
        foreigner.signIn(foreignAdmin.email(), TestAccounts.PASSWORD);
        assertThat(foreigner.get("/admin/contact/" + id).status())
                .as("on his own host, the id is nobody's")
                .isEqualTo(404);
        assertThat(foreigner.get("/admin/contact").body()).doesNotContain("Interne");

        String session = foreigner.cookie("GUICHET_SESSION");
        for (String path : List.of("/admin/contact", "/admin/contact/" + id)) {
            TenantHttp.Page carried = http.tenant(tenant).getWithCookie(path, "GUICHET_SESSION=" + session);
            assertThat(carried.status()).as("another tenant's session " + path).isEqualTo(302);
            assertThat(carried.body()).doesNotContain("Interne");
        }
        String token = accounts.accessToken(other, foreignAdmin.email(), TestAccounts.PASSWORD);
        TenantHttp.Page withToken = http.tenant(tenant).getWithToken("/admin/contact/" + id, token);
        assertThat(withToken.status()).as("another tenant's token").isIn(302, 401);
        assertThat(withToken.body()).doesNotContain("Interne");
    }
}
