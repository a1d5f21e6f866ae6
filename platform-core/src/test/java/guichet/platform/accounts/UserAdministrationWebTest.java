package guichet.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Administering a tenant's people from its portal, in the realm and in Guichet together. */
@GuichetTest
class UserAdministrationWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Sites sites;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAdministratorOpensAnAgentsAccountAtHisAgencyAndTheAgentSignsIn() {
        TenantProfile tenant = tenants.create("adm");
        Site agency = agency(tenant);
        TenantHttp.Client admin = signedIn(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));

        Map<String, String> form =
                form(admin, "/admin/users/new?kind=STAFF", "STAFF", "koffi@" + tenant.slug() + ".test");
        form.put("roles", "agent");
        form.put("siteId", agency.id().value().toString());
        form.put("password", TestAccounts.PASSWORD);
        TenantHttp.Page created = admin.postForm("/admin/users", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);

        User koffi = TenantContext.call(tenant.id(), () -> users.findByEmail("koffi@" + tenant.slug() + ".test"))
                .orElseThrow();
        assertThat(koffi.site()).contains(agency.id());
        assertThat(koffi.roleIds()).containsExactly("agent");
        TenantHttp.Client agent = http.tenant(tenant);
        agent.signIn(koffi.email(), TestAccounts.PASSWORD);
        assertThat(agent.get("/admin/users").status()).isEqualTo(200);
    }

    @Test
    void aSellerOpensACustomersAccountWithThePasswordTheCustomerChose() {
        TenantProfile tenant = tenants.create("sel");
        TenantHttp.Client seller = signedIn(tenant, accounts.staff(tenant, "seller", Role.SELLER));

        Map<String, String> form =
                form(seller, "/admin/users/new?kind=CUSTOMER", "CUSTOMER", "claire@" + tenant.slug() + ".test");
        form.put("firstName", "Claire");
        form.put("lastName", "Fontaine");
        form.put("password", "Choisi-Par-Claire-1");
        assertThat(seller.postForm("/admin/users", form).status()).isEqualTo(302);

        TenantHttp.Client claire = http.tenant(tenant);
        Document home = claire.signIn("claire@" + tenant.slug() + ".test", "Choisi-Par-Claire-1")
                .html();
        assertThat(home.select("main").text()).contains("Numéro client");
    }

    @Test
    void aSellerNeitherSeesNorOpensStaffAccounts() {
        TenantProfile tenant = tenants.create("sst");
        accounts.staff(tenant, "colleague", Role.AGENT);
        TenantHttp.Client seller = signedIn(tenant, accounts.staff(tenant, "seller", Role.SELLER));

        assertThat(seller.get("/admin/users").html().select("tbody").text()).doesNotContain("colleague@");
        Map<String, String> form =
                form(seller, "/admin/users/new?kind=STAFF", "STAFF", "boss@" + tenant.slug() + ".test");
        form.put("roles", "tenant-admin");
        form.put("password", TestAccounts.PASSWORD);
        seller.postForm("/admin/users", form);
        User opened = TenantContext.call(tenant.id(), () -> users.findByEmail("boss@" + tenant.slug() + ".test"))
                .orElseThrow();
        assertThat(opened.kind()).as("a seller can only open customer accounts").isEqualTo(User.Kind.CUSTOMER);
        assertThat(opened.roleIds()).containsExactly("customer");
    }

    @Test
    void aSalesRepHasNoAccessToUserAdministration() {
        TenantProfile tenant = tenants.create("srp");
        TenantHttp.Client rep = signedIn(tenant, accounts.staff(tenant, "rep", Role.SALES_REP));
        assertThat(rep.get("/admin/users").status()).isEqualTo(403);
        assertThat(rep.get("/admin/history").status()).isEqualTo(403);
    }

    @Test
    void badInputIsExplainedAndWhatWasTypedIsKept() {
        TenantProfile tenant = tenants.create("bad");
        TenantHttp.Client admin = signedIn(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        Map<String, String> form = form(admin, "/admin/users/new?kind=STAFF", "STAFF", "pas-une-adresse");
        form.put("firstName", "Aïcha");
        form.put("lastName", "");

        Document page = admin.postForm("/admin/users", form).html();
        assertThat(page.select("#email-error").text()).isEqualTo("Cette adresse électronique n'est pas valide.");
        assertThat(page.select("#lastName-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("[id^=roles] ~ .invalid-feedback, .invalid-feedback")
                        .text())
                .contains("Choisissez au moins un rôle du personnel.");
        assertThat(page.select("#firstName").val()).isEqualTo("Aïcha");
        assertThat(page.select("#email").val()).isEqualTo("pas-une-adresse");
    }

    @Test
    void aWeakPasswordOrATakenAddressIsRefusedClearly() {
        TenantProfile tenant = tenants.create("weak");
        TenantHttp.Client admin = signedIn(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        Map<String, String> weak =
                form(admin, "/admin/users/new?kind=STAFF", "STAFF", "weak@" + tenant.slug() + ".test");
        weak.put("roles", "agent");
        weak.put("password", "court");
        assertThat(admin.postForm("/admin/users", weak)
                        .html()
                        .select("#password-error")
                        .text())
                .isEqualTo("Le mot de passe est trop court.");

        Map<String, String> taken =
                form(admin, "/admin/users/new?kind=STAFF", "STAFF", "admin@" + tenant.slug() + ".test");
        taken.put("roles", "agent");
        assertThat(admin.postForm("/admin/users", taken)
                        .html()
                        .select("#email-error")
                        .text())
                .isEqualTo("Un autre compte utilise déjà cette adresse.");
    }

    @Test
    void deactivatingAUserEndsHisSessionAtOnceAndHeCannotSignInAgain() {
        TenantProfile tenant = tenants.create("deact");
        TenantHttp.Client admin = signedIn(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client agentBrowser = signedIn(tenant, agent);
        assertThat(agentBrowser.get("/admin/users").status()).isEqualTo(200);

        TenantHttp.Page done = admin.postForm(
                "/admin/users/" + agent.id() + "/state",
                Map.of("action", "deactivate", "_csrf", admin.csrfToken("/admin/users/" + agent.id())));
        assertThat(done.status()).isEqualTo(302);

        TenantHttp.Page next = agentBrowser.get("/admin/users");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.header("Location"))
                .as("his session was deleted from the store")
                .endsWith("/login");
        TenantHttp.Page refused = http.tenant(tenant).signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(refused.uri().getHost()).as("Keycloak keeps him out").isEqualTo("localhost");
    }

    @Test
    void changingAUsersRolesEndsHisSessionsSoTheNewRolesApplyAtOnce() {
        TenantProfile tenant = tenants.create("roles");
        TenantHttp.Client admin = signedIn(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client agentBrowser = signedIn(tenant, agent);

        Map<String, String> form = form(admin, "/admin/users/" + agent.id(), "STAFF", agent.email());
        form.put("lastName", "agent");
        form.put("roles", "sales-rep");
        assertThat(admin.postForm("/admin/users/" + agent.id(), form).status()).isEqualTo(302);

        assertThat(agentBrowser.get("/admin/users").status()).isEqualTo(302);
        TenantHttp.Client again = signedIn(tenant, agent);
        assertThat(again.get("/admin/users").status())
                .as("now a sales rep, who manages no account")
                .isEqualTo(403);
    }

    @Test
    void anotherTenantsUserIsNotFoundEvenForAnAdministrator() {
        TenantProfile tenant = tenants.create("near");
        TenantProfile other = tenants.create("far");
        TenantHttp.Client admin = signedIn(tenant, accounts.staff(tenant, "admin", Role.TENANT_ADMIN));
        User stranger = accounts.staff(other, "agent", Role.AGENT);

        assertThat(admin.get("/admin/users/" + stranger.id()).status()).isEqualTo(404);
        TenantHttp.Page refused = admin.postForm(
                "/admin/users/" + stranger.id() + "/state",
                Map.of("action", "deactivate", "_csrf", admin.csrfToken("/admin/users/new?kind=STAFF")));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(TenantContext.call(other.id(), () -> users.find(stranger.id()))
                        .orElseThrow()
                        .active())
                .isTrue();
    }

    @Test
    void anAdministratorCannotDeactivateHimself() {
        TenantProfile tenant = tenants.create("self");
        User me = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client admin = signedIn(tenant, me);
        TenantHttp.Page page = admin.follow(admin.postForm(
                "/admin/users/" + me.id() + "/state",
                Map.of("action", "deactivate", "_csrf", admin.csrfToken("/admin/users/" + me.id()))));
        assertThat(page.html().select("[role=alert]").text())
                .isEqualTo("Vous ne pouvez pas désactiver votre propre compte.");
        assertThat(admin.get("/admin/users").status()).isEqualTo(200);
    }

    private TenantHttp.Client signedIn(TenantProfile tenant, User user) {
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        return browser;
    }

    private static Map<String, String> form(TenantHttp.Client browser, String formPage, String kind, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", browser.csrfToken(formPage));
        fields.put("kind", kind);
        fields.put("email", email);
        fields.put("firstName", "Test");
        fields.put("lastName", "Personne");
        return fields;
    }

    private Site agency(TenantProfile tenant) {
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status ->
                        sites.save(new Site("COT-01", "Agence de Cotonou", Site.Kind.AGENCY, Instant.now()))));
    }
}
