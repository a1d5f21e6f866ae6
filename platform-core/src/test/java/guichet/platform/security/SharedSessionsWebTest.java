package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.TestApplication;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions live in the database every instance shares: this test's application (instance A) and a second one it
 * starts over the same database and Keycloak (instance B, which has never seen a sign-in in its memory, as after a
 * restart) serve the same sessions, a deactivation on one signs the user out on the other at once, and a session
 * stays worth nothing on another tenant's host.
 */
@GuichetTest
@Import(PageCost.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionsWebTest {

    private static final String SESSION = "GUICHET_SESSION";

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExpiredSessions expiredSessions;

    @Autowired
    PageCost cost;

    private ConfigurableApplicationContext instanceB;

    @AfterAll
    void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aSessionOpenedOnOneInstanceIsSignedInOnAnotherThatNeverHeldIt() {
        TenantProfile tenant = tenants.create("rst");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);

        TenantHttp.Page onB = browser.getAbsolute(onInstanceB(tenant, "/account"));
        assertThat(onB.status()).as(onB.body()).isEqualTo(200);
        assertThat(onB.html().select(".g-user").text()).contains(agent.displayName());

        // The CSRF token kept in the session by A is accepted by B, which signs him out for both.
        TenantHttp.Page signedOut =
                browser.postForm(URI.create(onInstanceB(tenant, "/logout")), Map.of("_csrf", browser.csrfToken("/")));
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(browser.get("/account").status()).isEqualTo(302);
    }

    @Test
    void deactivatingAUserOnOneInstanceSignsHimOutOnTheOtherAtOnce() {
        TenantProfile tenant = tenants.create("two");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client adminBrowser = http.tenant(tenant);
        adminBrowser.signIn(admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Client agentBrowser = http.tenant(tenant);
        agentBrowser.signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(agentBrowser.getAbsolute(onInstanceB(tenant, "/account")).status())
                .isEqualTo(200);
        assertThat(storedSessionsOf(tenant, agent)).isEqualTo(1);

        TenantHttp.Page done = adminBrowser.postForm(
                "/admin/users/" + agent.id() + "/state",
                Map.of("action", "deactivate", "_csrf", adminBrowser.csrfToken("/admin/users/" + agent.id())));
        assertThat(done.status()).isEqualTo(302);

        assertThat(storedSessionsOf(tenant, agent)).as("deleted from the store").isZero();
        TenantHttp.Page next = agentBrowser.getAbsolute(onInstanceB(tenant, "/account"));
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.header("Location")).endsWith("/login");
        assertThat(storedSessionsOf(tenant, admin)).as("no one else's").isEqualTo(1);
        assertThat(adminBrowser.getAbsolute(onInstanceB(tenant, "/admin/users")).status())
                .isEqualTo(200);
    }

    @Test
    void aTenantsSessionTakenToAnotherTenantsHostOnAnotherInstanceIsNotSignedInThere() {
        TenantProfile atlas = tenants.create("sxa");
        TenantProfile medina = tenants.create("sxm");
        User agent = accounts.staff(atlas, "agent", Role.AGENT);
        String setCookie =
                http
                        .tenant(atlas)
                        .get("/oauth2/authorization/" + atlas.slug())
                        .headers()
                        .allValues("Set-Cookie")
                        .stream()
                        .filter(header -> header.startsWith(SESSION + "="))
                        .findFirst()
                        .orElseThrow();
        // Host-only, http-only, same-site lax; Secure as server.servlet.session.cookie.secure says (off in tests).
        assertThat(setCookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Domain=")
                .doesNotContain("Secure");
        TenantHttp.Client browser = http.tenant(atlas);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        String cookie = SESSION + "=" + browser.cookie(SESSION);
        assertThat(browser.getAbsolute(onInstanceB(atlas, "/account")).status()).isEqualTo(200);

        TenantHttp.Page stolen = http.tenant(medina)
                .send(HttpRequest.newBuilder(URI.create(onInstanceB(medina, "/account")))
                        .header("Cookie", cookie)
                        .GET());

        assertThat(stolen.status()).isEqualTo(302);
        assertThat(stolen.header("Location")).doesNotContain("/account");
    }

    @Test
    void aStoredSignInThisVersionCannotReadSendsTheUserToSignInInsteadOfFailing() {
        TenantProfile tenant = tenants.create("upg");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);

        int changed = jdbc.update(
                "update platform.spring_session_attributes set attribute_bytes = ?"
                        + " where attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id in"
                        + " (select primary_id from platform.spring_session where principal_name = ?)",
                new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x73, 0x72, 0, 9, 'n', 'o', 't', '.', 'a', '.', 'k', 'n'},
                principalName(tenant, agent));
        assertThat(changed).isEqualTo(1);

        TenantHttp.Page next = browser.get("/account");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.header("Location")).endsWith("/login");
    }

    @Test
    void expiredSessionsAreDeletedFromTheStore() {
        TenantProfile tenant = tenants.create("exp");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        User other = accounts.staff(tenant, "other", Role.AGENT);
        http.tenant(tenant).signIn(agent.email(), TestAccounts.PASSWORD);
        TenantHttp.Client stillHere = http.tenant(tenant);
        stillHere.signIn(other.email(), TestAccounts.PASSWORD);
        jdbc.update(
                "update platform.spring_session set expiry_time = 0 where principal_name = ?",
                principalName(tenant, agent));

        // Not the scheduled deleteExpired: its lock skips a run within 30 s of the last, which the scheduler may have
        // made.
        expiredSessions.deleteExpiredNow();

        assertThat(storedSessionsOf(tenant, agent)).isZero();
        assertThat(storedSessionsOf(tenant, other)).isEqualTo(1);
        assertThat(stillHere.get("/account").status()).isEqualTo(200);
    }

    /**
     * What the store costs a request (ADR 39, {@link SessionStore}): its session read, nothing written while the last
     * access is less than a minute old, and no second read when Spring Session's filter checks after saving that the
     * requested session still exists.
     */
    @Test
    void aSignedInRequestReadsItsSessionOnceAndWritesNothing() {
        TenantProfile tenant = tenants.create("cst");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/account").status()).isEqualTo(200);

        assertThat(browser.getWithHeaders("/account", PageCost.counting("session-store"))
                        .status())
                .isEqualTo(200);

        PageCost.Cost counted = cost.of("session-store");
        List<String> store = counted.sessionStore().stream()
                .map(statement -> statement.strip().replaceAll("\\s+", " "))
                .toList();
        System.out.println("Session store statements of one request: " + store);
        assertThat(store).hasSize(1);
        assertThat(store.get(0)).startsWith("SELECT").contains("WHERE S.SESSION_ID = ?");
        assertThat(counted.sessionStoreTransactions())
                .as("in a short transaction of its own")
                .isEqualTo(1);
        assertThat(counted.sql()).as("the page's own statements").noneMatch(sql -> sql.contains("spring_session"));
    }

    /** The last access is written when it is a minute old or more, and then only; the session's expiry moves with it. */
    @Test
    void theLastAccessIsWrittenOnceAMinuteAtMost() {
        TenantProfile tenant = tenants.create("csu");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(agent.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/account").status()).isEqualTo(200);
        String principal = principalName(tenant, agent);
        long twoMinutes = 120_000;
        jdbc.update(
                "update platform.spring_session set last_access_time = last_access_time - ?,"
                        + " expiry_time = expiry_time - ? where principal_name = ?",
                twoMinutes,
                twoMinutes,
                principal);
        Map<String, Object> before = accessOf(principal);

        assertThat(browser.get("/account").status()).isEqualTo(200);
        Map<String, Object> touched = accessOf(principal);
        assertThat((Long) touched.get("last_access_time"))
                .as("a last access two minutes old is moved to now")
                .isGreaterThanOrEqualTo((Long) before.get("last_access_time") + twoMinutes);
        assertThat((Long) touched.get("expiry_time"))
                .isGreaterThanOrEqualTo((Long) before.get("expiry_time") + twoMinutes);

        assertThat(browser.get("/account").status()).isEqualTo(200);
        assertThat(accessOf(principal)).as("a second later, nothing is written").isEqualTo(touched);
    }

    private Map<String, Object> accessOf(String principal) {
        return jdbc.queryForMap(
                "select last_access_time, expiry_time from platform.spring_session where principal_name = ?",
                principal);
    }

    private int storedSessionsOf(TenantProfile tenant, User user) {
        Integer count = jdbc.queryForObject(
                "select count(*) from platform.spring_session where principal_name = ?",
                Integer.class,
                principalName(tenant, user));
        return count == null ? 0 : count;
    }

    private static String principalName(TenantProfile tenant, User user) {
        return tenant.slug() + "/" + user.identitySubject().orElseThrow();
    }

    /** An address on instance B, which knows of every tenant created so far. */
    private String onInstanceB(TenantProfile tenant, String path) {
        ConfigurableApplicationContext b = instanceB();
        b.getBean(TenantCatalog.class).refresh();
        URI onA = http.tenant(tenant).uri(path);
        return "http://" + onA.getHost() + ":" + b.getEnvironment().getProperty("local.server.port") + path;
    }

    /**
     * Instance B: the same application on another port, given this test's database, Keycloak, mail server and Stripe
     * stub, as a second instance of a deployment is.
     */
    private synchronized ConfigurableApplicationContext instanceB() {
        if (instanceB == null) {
            List<String> arguments = new ArrayList<>();
            try {
                Properties shared =
                        PropertiesLoaderUtils.loadProperties(new ClassPathResource("guichet-test.properties"));
                shared.stringPropertyNames()
                        .forEach(name -> arguments.add("--" + name + "=" + shared.getProperty(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // What the devstack supplied to instance A: its database, Keycloak, mail server and Stripe stub.
            if (environment.getPropertySources().get("guichetDevStack") instanceof EnumerablePropertySource<?> a) {
                for (String name : a.getPropertyNames()) {
                    arguments.add("--" + name + "=" + a.getProperty(name));
                }
            }
            arguments.add("--guichet.files.root=" + environment.getProperty("guichet.files.root"));
            arguments.add("--server.port=0");
            instanceB = new SpringApplicationBuilder(TestApplication.class)
                    .profiles("test")
                    .run(arguments.toArray(String[]::new));
        }
        return instanceB;
    }
}
