package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * No page wider than the window, on a phone (375 px) or a laptop (1280 px), in French and in Arabic (right to left):
 * the sign-up form, the console's lists, and a tenant's main pages for its administrator and its customer, as a real
 * browser lays them out.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class NarrowScreensBrowserTest {

    private static final int[] WIDTHS = {375, 1280};
    private static final String[] LANGUAGES = {"fr", "ar"};

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyPageFitsItsWindowAtPhoneAndLaptopWidthsInFrenchAndArabic() {
        TenantProfile tenant = tenants.create("narrow", "customers", "claims");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User customer = accounts.customer(tenant, "client");
        String console = "http://localhost:" + http.port();
        String portal = "http://" + tenant.slug() + ".localhost:" + http.port();
        SoftAssertions pages = new SoftAssertions();

        try (Browser visitor = new Browser()) {
            check(visitor, pages, console + "/signup");
        }
        try (Browser owner = new Browser()) {
            owner.open(console + "/login");
            owner.signInOnKeycloak(accounts.platformOwner(), TestAccounts.PASSWORD);
            owner.awaitHost("localhost:" + http.port());
            check(owner, pages, console + "/", console + "/modules", console + "/tenants/" + tenant.slug());
        }
        try (Browser administrator = new Browser()) {
            administrator.open(portal + "/login");
            administrator.signInOnKeycloak(admin.email(), TestAccounts.PASSWORD);
            administrator.awaitHost(tenant.slug() + ".localhost");
            check(
                    administrator,
                    pages,
                    portal + "/",
                    portal + "/claims",
                    portal + "/customers",
                    portal + "/admin/users",
                    portal + "/admin/billing");
        }
        try (Browser client = new Browser()) {
            client.open(portal + "/login");
            client.signInOnKeycloak(customer.email(), TestAccounts.PASSWORD);
            client.awaitHost(tenant.slug() + ".localhost");
            check(client, pages, portal + "/claims/my", portal + "/claims/new");
        }
        pages.assertAll();
    }

    private static void check(Browser browser, SoftAssertions pages, String... addresses) {
        for (int width : WIDTHS) {
            browser.resize(width, 900);
            for (String language : LANGUAGES) {
                for (String address : addresses) {
                    browser.open(address + (address.contains("?") ? "&" : "?") + "lang=" + language);
                    assertThat(browser.exists("main"))
                            .as(address + " shows a page")
                            .isTrue();
                    pages.assertThat(browser.overflow())
                            .as("%s at %d px in %s: wider than the window by", address, width, language)
                            .isLessThanOrEqualTo(0);
                }
            }
        }
    }
}
