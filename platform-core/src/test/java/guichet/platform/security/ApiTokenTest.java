package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.realms.RealmUsers;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The API trusts a token only from the realm of the tenant the host names, and only while its user may sign in. */
@GuichetTest
class ApiTokenTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Users users;

    @Autowired
    RealmUsers realmUsers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aTokenWorksOnItsOwnTenantOnly() {
        TenantProfile atlas = tenants.create("tka");
        TenantProfile medina = tenants.create("tkm");
        User agent = accounts.staff(atlas, "agent", Role.AGENT);
        String token = accounts.accessToken(atlas, agent.email(), TestAccounts.PASSWORD);

        TenantHttp.Page own = http.tenant(atlas).getWithToken("/api/me", token);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("\"email\":\"" + agent.email() + "\"").contains("\"agent\"");

        TenantHttp.Page foreign = http.tenant(medina).getWithToken("/api/me", token);
        assertThat(foreign.status()).isEqualTo(401);
        assertThat(foreign.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void noTokenOrAForgedOneGets401() {
        TenantProfile tenant = tenants.create("tkn");
        assertThat(http.tenant(tenant).get("/api/me", "application/json").status())
                .isEqualTo(401);
        assertThat(http.tenant(tenant)
                        .getWithToken("/api/me", "eyJhbGciOiJub25lIn0.e30.")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aDeactivatedUsersTokenStopsWorkingAtItsNextUse() {
        TenantProfile tenant = tenants.create("tkd");
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        String token = accounts.accessToken(tenant, agent.email(), TestAccounts.PASSWORD);
        assertThat(http.tenant(tenant).getWithToken("/api/me", token).status()).isEqualTo(200);

        deactivate(tenant, agent);

        assertThat(http.tenant(tenant).getWithToken("/api/me", token).status()).isEqualTo(401);
        reactivate(tenant, agent);
        assertThat(http.tenant(tenant).getWithToken("/api/me", token).status())
                .as("a token issued before the deactivation stays dead")
                .isEqualTo(401);
        // Tokens tell their issue time to the second; a new one must come from a later second.
        sleepPastTheSecond();
        String fresh = accounts.accessToken(tenant, agent.email(), TestAccounts.PASSWORD);
        assertThat(http.tenant(tenant).getWithToken("/api/me", fresh).status()).isEqualTo(200);
    }

    private static void sleepPastTheSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the administration page does: the realm account disabled, the Guichet user deactivated. */
    private void deactivate(TenantProfile tenant, User user) {
        realmUsers.setEnabled(tenant.slug(), user.identitySubject().orElseThrow(), false);
        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(
                        status -> users.find(user.id()).orElseThrow().deactivate(Instant.now())));
    }

    private void reactivate(TenantProfile tenant, User user) {
        realmUsers.setEnabled(tenant.slug(), user.identitySubject().orElseThrow(), true);
        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(
                        status -> users.find(user.id()).orElseThrow().reactivate(Instant.now())));
    }
}
