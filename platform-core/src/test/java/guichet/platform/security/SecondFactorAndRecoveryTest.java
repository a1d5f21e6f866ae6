package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.SecondFactor;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The e-mailed six-digit code when the tenant asks for it (seed 003), and the forgotten password, both by mail. */
@GuichetTest
class SecondFactorAndRecoveryTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TenantRealms realms;

    @Test
    void theEmailedCodeIsRequiredWhenTheTenantAsksForIt() {
        TenantProfile tenant = withSecondFactor(tenants.create("otp"), SecondFactor.EMAIL_CODE);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);

        TenantHttp.Page codeForm = browser.signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(codeForm.html().select("form#kc-email-code-form"))
                .as("asked for the code")
                .isNotEmpty();
        assertThat(browser.get("/admin/users").status()).as("not signed in yet").isEqualTo(302);
        String code = Mailbox.waitFor(agent.email(), "code").code();

        TenantHttp.Page wrong =
                browser.submit(codeForm, "form#kc-email-code-form", Map.of("emailCode", wrongCode(code), "login", ""));
        assertThat(wrong.html().select("form#kc-email-code-form")).isNotEmpty();
        assertThat(wrong.html().text()).containsIgnoringCase("incorrect");

        TenantHttp.Page landed =
                browser.submit(wrong, "form#kc-email-code-form", Map.of("emailCode", code, "login", ""));
        assertThat(landed.uri().getHost()).isEqualTo(tenant.slug() + ".localhost");
        assertThat(browser.get("/admin/users").status()).isEqualTo(200);
    }

    @Test
    void withoutThePolicyNoCodeIsAsked() {
        TenantProfile tenant = tenants.create("nootp");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/admin/users").status()).isEqualTo(200);
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLink() {
        TenantProfile tenant = tenants.create("forgot");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);

        TenantHttp.Page login = browser.follow(browser.get("/login"));
        String resetLink =
                login.html().selectFirst("a[href*=reset-credentials]").absUrl("href");
        TenantHttp.Page resetForm = browser.follow(browser.getAbsolute(resetLink));
        browser.submit(resetForm, "form#kc-reset-password-form", Map.of("username", agent.email()));

        String link = Mailbox.waitFor(agent.email(), "").link("action-token");
        TenantHttp.Page update = browser.follow(browser.getAbsolute(link));
        if (update.html().selectFirst("form#kc-passwd-update-form") == null) {
            // Keycloak first confirms that the person opening the link is the one who asked.
            update = browser.follow(browser.getAbsolute(
                    update.html().selectFirst("a[href*=action-token]").absUrl("href")));
        }
        String newPassword = "Nouveau-Mot-2026!";
        TenantHttp.Page landed = browser.submit(
                update,
                "form#kc-passwd-update-form",
                Map.of("password-new", newPassword, "password-confirm", newPassword));
        assertThat(landed.uri().getHost()).isEqualTo(tenant.slug() + ".localhost");

        TenantHttp.Client other = http.tenant(tenant);
        assertThat(other.signIn(agent.email(), TestAccounts.PASSWORD).uri().getHost())
                .as("the old password no longer works")
                .isEqualTo("localhost");
        TenantHttp.Client third = http.tenant(tenant);
        third.signIn(agent.email(), newPassword);
        assertThat(third.get("/admin/users").status()).isEqualTo(200);
    }

    private TenantProfile withSecondFactor(TenantProfile tenant, SecondFactor factor) {
        IdentitySettings settings = tenant.identity();
        TenantProfile changed = catalog.changeIdentity(
                tenant.id(),
                new IdentitySettings(
                        settings.issuer(), factor, settings.selfRegistration(), settings.passwordPolicy()));
        realms.ensure(changed);
        return changed;
    }

    private static String wrongCode(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
