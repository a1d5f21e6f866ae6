package guichet.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.history.IdentityEventImporter;
import guichet.platform.identity.Role;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.SecondFactor;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each user changes his own password and e-mail address on the tenant's sign-in pages (seeds 001, 004). */
@GuichetTest
class OwnAccountWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Users users;

    @Autowired
    IdentityEventImporter identityEvents;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TenantRealms realms;

    @Test
    void aUserChangesHisOwnPassword() {
        TenantProfile tenant = tenants.create("pwd");
        User customer = accounts.customer(tenant, "client");
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(customer.email(), TestAccounts.PASSWORD);

        Document account = browser.get("/account").html();
        String change = account.selectFirst("a[href*=UPDATE_PASSWORD]").attr("href");
        TenantHttp.Page form = browser.follow(browser.get(change));
        assertThat(form.html().select("form#kc-passwd-update-form")).isNotEmpty();
        TenantHttp.Page back = browser.submit(
                form,
                "form#kc-passwd-update-form",
                Map.of("password-new", "Mon-Nouveau-Secret-9", "password-confirm", "Mon-Nouveau-Secret-9"));
        assertThat(back.uri().getHost()).isEqualTo(tenant.slug() + ".localhost");

        TenantHttp.Client later = http.tenant(tenant);
        later.signIn(customer.email(), "Mon-Nouveau-Secret-9");
        assertThat(later.get("/account").status()).isEqualTo(200);
    }

    @Test
    void aUserChangesHisOwnEmailAddressAfterVerifyingTheNewOne() {
        TenantProfile tenant = tenants.create("mail");
        User customer = accounts.customer(tenant, "client");
        String newAddress = "nouvelle-adresse@" + tenant.slug() + ".test";
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(customer.email(), TestAccounts.PASSWORD);

        String change = browser.get("/account")
                .html()
                .selectFirst("a[href*=UPDATE_EMAIL]")
                .attr("href");
        TenantHttp.Page form = browser.follow(browser.get(change));
        TenantHttp.Page sent = browser.submit(form, "form#kc-update-email-form", Map.of("email", newAddress));
        if (sent.uri().getHost().equals("localhost")) {
            // Keycloak confirms the new address by mail before using it.
            browser.follow(browser.getAbsolute(Mailbox.waitFor(newAddress, "").link("action-token")));
        }

        // The session he changed it in sees the new address once Keycloak's events are read (every minute), without
        // signing in again.
        TenantContext.call(tenant.id(), identityEvents::importNow);
        assertThat(browser.get("/account").html().select("main").text())
                .contains(newAddress)
                .doesNotContain(customer.email());
        User updated =
                TenantContext.call(tenant.id(), () -> users.find(customer.id())).orElseThrow();
        assertThat(updated.email()).as("Guichet follows Keycloak").isEqualTo(newAddress);

        TenantHttp.Client later = http.tenant(tenant);
        later.signIn(newAddress, TestAccounts.PASSWORD);
        assertThat(later.get("/account").html().select("main").text()).contains(newAddress);
    }

    @Test
    void anAuthenticatorAppIsSetUpAtTheFirstSignInWhenTheTenantAsksForIt() {
        TenantProfile tenant = tenants.create("totp");
        IdentitySettings settings = tenant.identity();
        realms.ensure(catalog.changeIdentity(
                tenant.id(),
                new IdentitySettings(settings.issuer(), SecondFactor.TOTP, false, settings.passwordPolicy())));
        User agent = accounts.staff(tenant, "agent", Role.AGENT);

        TenantHttp.Page page = http.tenant(tenant).signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(page.uri().getHost()).as("still on the sign-in pages").isEqualTo("localhost");
        assertThat(page.html().select("form#kc-totp-settings-form")).isNotEmpty();
    }
}
