package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.SecondFactor;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A person in a real browser, against the real Keycloak: signing in, failing, signing out, recovering, second factor. */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class BrowserSignInTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantRealms realms;

    @Test
    void aStaffUserAndACustomerOfAtlasSignInAndReachTheirPortals() {
        try (Browser browser = new Browser()) {
            browser.open(portal("atlas", "/"));
            browser.click("a[href='/login']");
            assertThat(browser.title()).contains("Atlas Télécom");
            browser.signInOnKeycloak("agent@atlas.demo", "demo");
            browser.awaitHost("atlas.localhost");
            assertThat(browser.text(".g-user")).contains("Démo Agent");
            browser.open(portal("atlas", "/customers"));
            assertThat(browser.text("h1")).isEqualTo("Clients et prospects");
        }
        try (Browser browser = new Browser()) {
            browser.open(portal("atlas", "/login"));
            browser.signInOnKeycloak("customer@atlas.demo", "demo");
            browser.awaitHost("atlas.localhost");
            assertThat(browser.text("main")).contains("Numéro client");
        }
    }

    @Test
    void atlasCredentialsFailOnMedina() {
        try (Browser browser = new Browser()) {
            browser.open(portal("medina", "/login"));
            assertThat(browser.title()).contains("Médina Mobile");
            browser.signInOnKeycloak("agent@atlas.demo", "demo");
            assertThat(browser.text("#input-error, .kc-feedback-text")).isNotBlank();
            assertThat(browser.url()).contains("/realms/medina/");
        }
    }

    @Test
    void signingOutEndsTheSession() {
        try (Browser browser = new Browser()) {
            browser.open(portal("atlas", "/login"));
            browser.signInOnKeycloak("seller@atlas.demo", "demo");
            browser.awaitHost("atlas.localhost");
            browser.click(".g-user form button[type=submit]");
            browser.awaitHost("atlas.localhost");
            assertThat(browser.text(".g-user")).contains("Se connecter");

            browser.open(portal("atlas", "/customers"));
            assertThat(browser.url())
                    .as("Keycloak asks again: its session ended too")
                    .contains("/realms/atlas/");
            assertThat(browser.exists("#kc-form-login")).isTrue();
        }
    }

    @Test
    void aForgottenPasswordIsResetFromTheMailedLink() {
        TenantProfile atlas = tenant("atlas");
        User agent = accounts.staff(atlas, "oubli", Role.AGENT);
        try (Browser browser = new Browser()) {
            browser.open(portal("atlas", "/login"));
            browser.click("a[href*=reset-credentials]");
            browser.type("#username", agent.email());
            browser.click("input[type=submit], button[type=submit]");

            browser.open(Mailbox.waitFor(agent.email(), "").link("action-token"));
            if (!browser.exists("#password-new")) {
                browser.click("a[href*=action-token]");
            }
            browser.type("#password-new", "Nouveau-Mot-2026!");
            browser.type("#password-confirm", "Nouveau-Mot-2026!");
            browser.click("input[type=submit], button[type=submit]");
            browser.awaitHost("atlas.localhost");
            assertThat(browser.text(".g-user")).contains("Test oubli");
        }
        TenantHttp.Client check = http.tenant(atlas);
        check.signIn(agent.email(), "Nouveau-Mot-2026!");
        assertThat(check.get("/account").status()).isEqualTo(200);
    }

    @Test
    void theEmailedCodeIsAskedWhenTheTenantsPolicySaysSo() {
        TenantProfile tenant = tenants.create("deuxf", "customers");
        IdentitySettings settings = tenant.identity();
        tenant = catalog.changeIdentity(
                tenant.id(),
                new IdentitySettings(settings.issuer(), SecondFactor.EMAIL_CODE, false, settings.passwordPolicy()));
        realms.ensure(tenant);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        try (Browser browser = new Browser()) {
            browser.open(portal(tenant.slug(), "/login"));
            browser.signInOnKeycloak(agent.email(), TestAccounts.PASSWORD);
            assertThat(browser.exists("#kc-email-code-form"))
                    .as("the code is asked before anything else")
                    .isTrue();
            browser.type("#emailCode", Mailbox.waitFor(agent.email(), "code").code());
            browser.click("#kc-login");
            browser.awaitHost(tenant.slug() + ".localhost");
            assertThat(browser.text(".g-user")).contains("Test agent");
        }
    }

    private String portal(String slug, String path) {
        return "http://" + slug + ".localhost:" + http.port() + path;
    }

    private TenantProfile tenant(String slug) {
        return catalog.find(new TenantId(slug)).orElseThrow();
    }
}
