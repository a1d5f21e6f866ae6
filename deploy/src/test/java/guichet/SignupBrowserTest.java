package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.devstack.stripe.StripeStub;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A visitor, in a real browser, signs a new operator up with claims and statistics, pays on Stripe's Checkout (the
 * local stub), waits on the page that shows each step, and lands on the new portal; its administrator chooses his
 * password from the e-mail, signs in, and finds exactly those two modules in the menu.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class SignupBrowserTest {

    static final String PASSWORD = "Opérateur-Neuf-2026!";

    @Autowired
    TenantHttp http;

    @BeforeEach
    void webhooksComeHere() {
        StripeStub stub = Objects.requireNonNull(StripeStub.current(), "the test profile starts the Stripe stub");
        stub.sendWebhooksTo(URI.create("http://localhost:" + http.port() + "/billing/stripe/webhook"));
    }

    @Test
    void aVisitorSignsUpPaysAndHisAdministratorSignsInToExactlyTheModulesBought() {
        String slug = TestTenants.uniqueSlug("neuf");
        String email = "chef@" + slug + ".test";
        try (Browser browser = new Browser()) {
            browser.open("http://localhost:" + http.port() + "/signup");
            assertThat(browser.text("h1")).isEqualTo("Ouvrir votre espace Guichet");
            browser.type("#organisation", "Opérateur Neuf");
            browser.type("#slug", slug);
            browser.awaitText("#slug-status", "Disponible");
            browser.type("#lastName", "Mensah");
            browser.type("#email", email);
            browser.click("#module-claims");
            browser.click("#module-stats");
            browser.awaitText("#signup-total", "44,00");
            browser.click("#signup-submit");

            browser.awaitUrl("/checkout/");
            browser.click("#pay");
            browser.awaitUrl("/signup/");
            browser.click("#signup-portal");
            browser.awaitHost(slug + ".localhost");

            browser.open(Mailbox.waitFor(email, "").link("action-token"));
            if (!browser.exists("#password-new")) {
                browser.click("#kc-info-message a, a[href*='login-actions']");
            }
            browser.type("#password-new", PASSWORD);
            browser.type("#password-confirm", PASSWORD);
            browser.click("[type=submit]");
            browser.open(portal(slug, "/login"));
            // Keycloak asks for the password, or, still holding the session the password was set in, sends the
            // browser back: wait for either rather than read the address while its redirects are under way.
            if (browser.awaitElementOrHost("#username", slug + ".localhost").equals("#username")) {
                browser.signInOnKeycloak(email, PASSWORD);
            }
            browser.awaitHost(slug + ".localhost");
            browser.open(portal(slug, "/"));

            assertThat(browser.text(".g-user")).contains("Mensah");
            assertThat(browser.exists("#g-nav a[href='/claims']")).isTrue();
            assertThat(browser.exists("#g-nav a[href='/stats']")).isTrue();
            for (String other : new String[] {"/customers", "/quotes", "/shops", "/offers", "/prospection"}) {
                assertThat(browser.exists("#g-nav a[href='" + other + "']"))
                        .as(other)
                        .isFalse();
            }
            browser.open(portal(slug, "/admin/billing"));
            assertThat(browser.text("#billing-status")).isEqualTo("Abonnement à jour");
            assertThat(browser.text("#billing-monthly")).isEqualTo("44,00 €");
        }
    }

    private String portal(String slug, String path) {
        return Browser.portal(http.port(), slug, path);
    }
}
