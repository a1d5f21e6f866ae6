package guichet.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.IdentitySettings;
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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor registers himself on a portal that allows it: a verified e-mail, a customer (no prospect), and the staff told. */
@GuichetTest
class SelfRegistrationTest {

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

    @Autowired
    Users users;

    @Autowired
    Customers customers;

    @Test
    void aVisitorRegistersVerifiesHisAddressAndBecomesACustomer() {
        TenantProfile tenant = openToRegistration(tenants.create("reg"));
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        String email = "nouveau@" + tenant.slug() + ".test";
        TenantHttp.Client visitor = http.tenant(tenant);

        assertThat(visitor.get("/").html().select("a[href=/register]")).isNotEmpty();
        TenantHttp.Page registration = visitor.follow(visitor.get("/register"));
        Map<String, String> fields = new HashMap<>();
        fields.put("firstName", "Nadia");
        fields.put("lastName", "Haddad");
        fields.put("email", email);
        if (registration.html().selectFirst("input[name=password]") != null) {
            fields.put("password", TestAccounts.PASSWORD);
            fields.put("password-confirm", TestAccounts.PASSWORD);
        }
        TenantHttp.Page verify = visitor.submit(registration, "form#kc-register-form", fields);
        assertThat(verify.uri().getHost())
                .as("asked to verify the address first")
                .isEqualTo("localhost");

        String link = Mailbox.waitFor(email, "").link("action-token");
        TenantHttp.Page landed = visitor.follow(visitor.getAbsolute(link));
        if (landed.html().selectFirst("form#kc-passwd-update-form") != null) {
            // Keycloak has the new customer choose his password once his address is verified.
            landed = visitor.submit(
                    landed,
                    "form#kc-passwd-update-form",
                    Map.of("password-new", TestAccounts.PASSWORD, "password-confirm", TestAccounts.PASSWORD));
        }
        assertThat(landed.uri().getHost()).as(landed.body()).isEqualTo(tenant.slug() + ".localhost");
        assertThat(landed.html().select("main").text()).contains("Numéro client");

        User account =
                TenantContext.call(tenant.id(), () -> users.findByEmail(email)).orElseThrow();
        Customer registered = TenantContext.call(
                tenant.id(),
                () -> customers.find(account.customer().orElseThrow()).orElseThrow());
        assertThat(registered.stage())
                .as("a self-registered customer is no prospect")
                .isEqualTo(Customer.Stage.CUSTOMER);
        assertThat(registered.displayName()).isEqualTo("Nadia Haddad");
        assertThat(account.roleIds()).containsExactly("customer");
        assertThat(Mailbox.waitFor(admin.email(), "Nouvelle inscription").body())
                .contains(email);
    }

    @Test
    void aPortalClosedToRegistrationOffersNoneAndRefusesTheAddress() {
        TenantProfile tenant = tenants.create("closed");
        TenantHttp.Client visitor = http.tenant(tenant);
        assertThat(visitor.get("/").html().select("a[href=/register]")).isEmpty();
        assertThat(visitor.get("/register").status()).isEqualTo(404);
    }

    private TenantProfile openToRegistration(TenantProfile tenant) {
        IdentitySettings settings = tenant.identity();
        TenantProfile changed = catalog.changeIdentity(
                tenant.id(),
                new IdentitySettings(settings.issuer(), settings.secondFactor(), true, settings.passwordPolicy()));
        realms.ensure(changed);
        return changed;
    }
}
