package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The mailbox settings page over real HTTP, signed in through the real Keycloak: only whoever configures the claims of
 * this tenant reaches it; the password typed is never sent back; the connection test and the last poll's error are told
 * in the page's language, in one message whatever answered (issue 12); the page says whether senders are checked.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
@Import(ClaimsFixture.class)
class MailboxPageWebTest {

    private static final String PAGE = "/claims/settings/mailbox";
    private static final String PASSWORD = "Tr3s-s3cret-imap!";
    private static final String FAILED = "La connexion à la boîte a échoué : vérifiez le serveur, le port, la sécurité,"
            + " l'identifiant, le mot de passe et le dossier.";

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    MailboxPoller poller;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyThisTenantsAdministratorReachesThePage() {
        TenantProfile atlas = tenant("atlas");
        TenantHttp.Client visitor = http.tenant(atlas);
        TenantHttp.Page anonymous = visitor.get(PAGE);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
        assertThat(visitor.postForm(PAGE, form("x@y.test", PASSWORD, 993)).status())
                .isIn(302, 403);

        TenantHttp.Client agent = signedIn(atlas, "agent@atlas.demo");
        assertThat(agent.get(PAGE).status()).isEqualTo(403);
        String agentCsrf = agent.csrfToken("/claims/new");
        Map<String, String> attempt = form("x@y.test", PASSWORD, 993);
        attempt.put("_csrf", agentCsrf);
        assertThat(agent.postForm(PAGE, attempt).status()).isEqualTo(403);
        assertThat(agent.postForm(PAGE + "/test", attempt).status()).isEqualTo(403);

        TenantHttp.Client medinaAdmin = signedIn(tenant("medina"), "admin@medina.demo");
        assertThat(http.tenant(atlas)
                        .getWithCookie(PAGE, "GUICHET_SESSION=" + medinaAdmin.cookie("GUICHET_SESSION"))
                        .status())
                .isEqualTo(302);

        TenantHttp.Page own = signedIn(atlas, "admin@atlas.demo").get(PAGE);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.html().select("label[for=password]").text()).isEqualTo("Mot de passe");
    }

    @Test
    void theAdministratorSavesAndTestsTheMailboxWithoutEverSeeingThePasswordAgain() throws IOException {
        TenantProfile sav = tenant("sav");
        TenantHttp.Client admin = signedIn(sav, "admin@sav.demo");
        String mailbox = MailDrop.newMailbox("sav");
        Map<String, String> saved = form(mailbox, PASSWORD, MailDrop.imapPort());
        saved.put("_csrf", admin.csrfToken(PAGE));
        TenantHttp.Page answer = admin.postForm(PAGE, saved);
        assertThat(answer.status()).isEqualTo(302);

        TenantHttp.Page page = admin.follow(answer);
        assertThat(page.body()).contains("Paramètres enregistrés", mailbox).doesNotContain(PASSWORD);
        assertThat(page.html().selectFirst("#password").attr("value")).isEmpty();
        String cipher = cipher(sav);
        assertThat(cipher).doesNotContain(PASSWORD);

        Map<String, String> keep = form(mailbox, "", MailDrop.imapPort());
        keep.put("_csrf", admin.csrfToken(PAGE));
        TenantHttp.Page tested = admin.postForm(PAGE + "/test", keep);
        assertThat(tested.status()).isEqualTo(200);
        assertThat(tested.html().select(".alert-success").text()).contains("Connexion réussie");
        assertThat(tested.body()).doesNotContain(PASSWORD);
        admin.postForm(PAGE, keep);
        assertThat(cipher(sav)).as("a blank password keeps the saved one").isEqualTo(cipher);

        int closed = closedPort();
        Map<String, String> wrong = form(mailbox, "", closed);
        wrong.put("_csrf", admin.csrfToken(PAGE));
        assertThat(admin.postForm(PAGE + "/test", wrong)
                        .html()
                        .select(".alert-danger")
                        .text())
                .isEqualTo(FAILED);
        assertThat(admin.get(PAGE + "?lang=en").html().select("h1").text()).isEqualTo("Ticket mailbox");
        admin.postForm(PAGE, wrong);
        TenantContext.call(sav.id(), poller::pollNow);
        assertThat(admin.get(PAGE + "?lang=fr")
                        .html()
                        .select(".g-mailbox-error")
                        .text())
                .contains(FAILED)
                .doesNotContain("Exception", "refused");
        assertThat(admin.get(PAGE).html().select(".g-mailbox-trust").text()).contains("crus sur parole");
    }

    private static Map<String, String> form(String username, String password, int port) {
        Map<String, String> fields = new HashMap<>();
        fields.put("host", "127.0.0.1");
        fields.put("port", String.valueOf(port));
        fields.put("security", "NONE");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("folder", "INBOX");
        fields.put("enabled", "true");
        fields.put("pollMinutes", "60");
        return fields;
    }

    private String cipher(TenantProfile tenant) {
        return jdbc.queryForObject(
                "select password_cipher from " + tenant.id().schemaName() + ".clm_mailbox", String.class);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private TenantHttp.Client signedIn(TenantProfile tenant, String email) {
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(email, "demo");
        return client;
    }

    private TenantProfile tenant(String slug) {
        return catalog.find(new TenantId(slug)).orElseThrow();
    }
}
