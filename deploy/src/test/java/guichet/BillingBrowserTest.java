package guichet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.devstack.stripe.StripeStub;
import guichet.platform.identity.Role;
import guichet.platform.subscriptions.SubscriptionSync;
import guichet.platform.subscriptions.TenantSubscription;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.ShiftedClock;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A tenant's administrator, in a real browser, adds the shops module from the billing page and pays on Stripe's
 * Checkout (the local stub); the module shows in the menu. A failed payment past the grace period (the application's
 * clock moved, not waited for) makes it read-only, and paying the invoice restores it.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class BillingBrowserTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SubscriptionSync sync;

    @Autowired
    ShiftedClock clock;

    StripeStub stub;

    @BeforeEach
    void webhooksComeHere() {
        stub = Objects.requireNonNull(StripeStub.current(), "the test profile starts the Stripe stub");
        stub.sendWebhooksTo(URI.create("http://localhost:" + http.port() + "/billing/stripe/webhook"));
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void anAdministratorBuysShopsPaysLateAndRecovers() {
        TenantProfile tenant = tenants.create("buy", "customers", "claims");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        try (Browser browser = Browser.signedIn(http.port(), tenant.slug(), admin.email(), TestAccounts.PASSWORD)) {
            browser.open(portal(tenant, "/admin/billing"));
            assertThat(browser.text("h1")).isEqualTo("Abonnement et facturation");
            assertThat(browser.exists("#g-nav a[href='/shops']")).isFalse();

            browser.click("#add-shops");
            browser.awaitUrl("/checkout/");
            assertThat(browser.text("body")).contains("guichet-shops 2500 eur/month");
            browser.click("#pay");
            browser.awaitHost(tenant.slug() + ".localhost");
            assertThat(browser.url()).endsWith("/admin/billing?paid");
            awaitOnPage(browser, portal(tenant, "/admin/billing"), "#g-nav a[href='/shops']");
            assertThat(browser.text("#module-shops .module-state")).isEqualTo("Actif");
            assertThat(browser.text("#billing-monthly")).isEqualTo("25,00 €");

            String subscription = subscription(tenant).stripeSubscriptionId().orElseThrow();
            stub.failPayment(subscription);
            await().until(() -> subscription(tenant).payLink().isPresent());
            clock.advance(Duration.ofDays(15));
            sync.sweepUnpaid();

            browser.open(portal(tenant, "/shops"));
            assertThat(browser.text("#g-read-only"))
                    .startsWith("Lecture seule : l'abonnement à ce module n'est pas réglé.");
            browser.open(portal(tenant, "/admin/billing"));
            assertThat(browser.text("#billing-status")).isEqualTo("Impayé : modules en lecture seule");
            assertThat(browser.text("#module-shops .module-state")).isEqualTo("Lecture seule");

            browser.click("#billing-pay");
            browser.awaitUrl("/invoices/");
            browser.click("#pay");
            browser.awaitText("#status", "paid");
            awaitOnPage(browser, portal(tenant, "/admin/billing"), "#module-shops");
            await().until(() -> {
                browser.open(portal(tenant, "/shops"));
                return !browser.exists("#g-read-only");
            });
            browser.open(portal(tenant, "/admin/billing"));
            assertThat(browser.text("#billing-status")).isEqualTo("Abonnement à jour");
            assertThat(browser.text("#module-shops .module-state")).isEqualTo("Actif");
        }
    }

    private TenantSubscription subscription(TenantProfile tenant) {
        return sync.of(tenant.id()).orElseThrow();
    }

    /** Reloads the page until the element shows: the webhook's work happens just after Stripe's answer. */
    private static void awaitOnPage(Browser browser, String url, String css) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.open(url);
            return browser.exists(css);
        });
    }

    private String portal(TenantProfile tenant, String path) {
        return Browser.portal(http.port(), tenant.slug(), path);
    }
}
