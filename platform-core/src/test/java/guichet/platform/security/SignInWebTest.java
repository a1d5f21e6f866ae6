package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in through the tenant's own realm, and only through it; signing out of Keycloak too. */
@GuichetTest
class SignInWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Test
    void aStaffUserSignsInThroughHisTenantsRealmAndLandsOnHisPortal() {
        TenantProfile tenant = tenants.create("staff");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);

        TenantHttp.Page loginPage = browser.follow(browser.get("/login"));
        assertThat(loginPage.uri().toString()).startsWith(accountsIssuer(tenant));
        assertThat(loginPage.html().title()).contains(tenant.displayName());
        TenantHttp.Page landed = browser.signIn(agent.email(), TestAccounts.PASSWORD);

        assertThat(landed.uri().getHost()).isEqualTo(tenant.slug() + ".localhost");
        Document home = landed.html();
        assertThat(home.select(".g-user").text()).contains(agent.displayName());
        assertThat(home.select("#g-nav a").eachText()).contains("Utilisateurs");
        assertThat(browser.get("/admin/users").status()).isEqualTo(200);
    }

    @Test
    void theSameCredentialsDoNotOpenAnotherTenant() {
        TenantProfile atlas = tenants.create("atl");
        TenantProfile medina = tenants.create("med");
        User agent = accounts.staff(atlas, "agent", Role.AGENT);

        TenantHttp.Client browser = http.tenant(medina);
        TenantHttp.Page refused = browser.signIn(agent.email(), TestAccounts.PASSWORD);

        assertThat(refused.uri().toString()).contains("/realms/" + medina.slug() + "/");
        assertThat(refused.html()
                        .select("#input-error, .kc-feedback-text, [id*=error]")
                        .text())
                .isNotBlank();
        assertThat(browser.get("/admin/users").status()).isEqualTo(302);
    }

    @Test
    void aHostRefusesToStartOrFinishASignInAgainstAnotherTenantsRealm() {
        TenantProfile atlas = tenants.create("own");
        TenantProfile medina = tenants.create("other");
        TenantHttp.Client browser = http.tenant(atlas);

        assertThat(browser.get("/oauth2/authorization/" + medina.slug()).status())
                .isEqualTo(404);
        TenantHttp.Page callback = browser.get("/login/oauth2/code/" + medina.slug() + "?code=forged&state=forged");
        assertThat(callback.status()).isEqualTo(302);
        assertThat(callback.header("Location")).contains("/login?error=");
        assertThat(browser.get("/admin/users").status()).isEqualTo(302);
    }

    @Test
    void aSessionCookieCarriedToAnotherTenantsHostIsWorthNothingThere() {
        TenantProfile atlas = tenants.create("cka");
        TenantProfile medina = tenants.create("ckm");
        User agent = accounts.staff(atlas, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(atlas);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        String session = browser.cookie("GUICHET_SESSION");

        TenantHttp.Page stolen = http.tenant(medina).getWithCookie("/admin/users", "GUICHET_SESSION=" + session);
        assertThat(stolen.status()).isEqualTo(302);
        assertThat(stolen.header("Location")).doesNotContain("/admin/users");
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        TenantProfile tenant = tenants.create("out");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);

        TenantHttp.Page signedOut =
                browser.follow(browser.postForm("/logout", Map.of("_csrf", browser.csrfToken("/"))));
        assertThat(signedOut.uri().getHost()).isEqualTo(tenant.slug() + ".localhost");
        assertThat(signedOut.html().select(".g-user").text()).contains("Se connecter");

        TenantHttp.Page again = browser.follow(browser.get("/login"));
        assertThat(again.html().select("form#kc-form-login"))
                .as("Keycloak asks for the password again: its session ended")
                .isNotEmpty();
    }

    @Test
    void aCustomerSignsInToHisOwnArea() {
        TenantProfile tenant = tenants.create("cus");
        User customer = accounts.customer(tenant, "client");
        TenantHttp.Client browser = http.tenant(tenant);

        Document home = browser.signIn(customer.email(), TestAccounts.PASSWORD).html();

        assertThat(home.select("main").text()).contains("Numéro client");
        assertThat(home.select("#g-nav a").eachText()).doesNotContain("Utilisateurs");
        assertThat(browser.get("/account").status()).isEqualTo(200);
        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
    }

    private String accountsIssuer(TenantProfile tenant) {
        return tenant.identity().issuer();
    }
}
