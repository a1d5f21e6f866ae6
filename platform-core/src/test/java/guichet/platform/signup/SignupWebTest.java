package guichet.platform.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.devstack.stripe.StripeStub;
import guichet.platform.billing.ModulePrices;
import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.ModuleState;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.DepotModule;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.ShiftedClock;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organisation signs itself up on the base host over real HTTP: the sub-domain checked as it is typed, a paid
 * sign-up through the Stripe stub's Checkout provisioned when Stripe confirms it, a trial without a card that ends
 * read-only, bad input explained with what was typed kept, and too many sign-ups from one address refused.
 */
@GuichetTest
@Import(DepotModule.class)
class SignupWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    ModulePrices prices;

    @Autowired
    Signups signups;

    @Autowired
    ShiftedClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    StripeStub stub;

    @BeforeEach
    void webhooksComeHereAndEveryAddressStartsAfresh() {
        stub = Objects.requireNonNull(StripeStub.current(), "the test profile starts the Stripe stub");
        stub.sendWebhooksTo(URI.create("http://localhost:" + http.port() + "/billing/stripe/webhook"));
        prices.set(DepotModule.ID, new BigDecimal("19.90"), ModulePrices.DEFAULT_CURRENCY);
        jdbc.update("delete from platform.signup_request where status <> 'PAYING' and status <> 'PROVISIONING'");
    }

    @AfterEach
    void clockAndTrialBack() {
        clock.reset();
        jdbc.update("delete from platform.platform_setting where key = 'signup.trial-days'");
    }

    @Test
    void theOwnerSetsTheTrialLengthInTheConsole() {
        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        String token = owner.csrfToken("/modules");

        TenantHttp.Page refused = owner.postForm("/modules/trial", Map.of("days", "trois", "_csrf", token));
        assertThat(refused.html().select("[role=alert]").text())
                .isEqualTo("La durée de l'essai est un nombre entier de jours, de 0 à 90.");
        assertThat(refused.html().select("#trial-days").val()).isEqualTo("trois");
        assertThat(owner.postForm("/modules/trial", Map.of("days", "7", "_csrf", token))
                        .status())
                .isEqualTo(302);

        assertThat(http.console()
                        .get("/signup")
                        .html()
                        .select("label[for=trial]")
                        .text())
                .isEqualTo("Commencer par un essai gratuit de 7 jours, sans carte");
        assertThat(signups.trialLength()).isEqualTo(Duration.ofDays(7));
        owner.postForm("/modules/trial", Map.of("days", "0", "_csrf", token));
        assertThat(http.console().get("/signup").html().select("#trial"))
                .as("no trial offered")
                .isEmpty();
    }

    @Test
    void theSubDomainIsCheckedAsItIsTyped() {
        TenantProfile existing = tenants.create("taken");

        assertThat(availability("nouvel-operateur")).isEqualTo("Disponible");
        assertThat(availability(existing.slug())).isEqualTo("Déjà pris");
        assertThat(availability("console")).isEqualTo("Réservé à la plateforme");
        assertThat(availability("Pas Bon!")).startsWith("Lettres minuscules");
        TenantHttp.Page onATenantsHost = http.tenant(existing).get("/signup");
        assertThat(onATenantsHost.status()).as("only on the base host").isIn(302, 404);
        assertThat(onATenantsHost.body()).doesNotContain("Ouvrir votre espace Guichet");
    }

    @Test
    void aPaidSignUpOpensTheTenantWhenStripeConfirmsAndMailsItsAdministrator() {
        TenantHttp.Client visitor = http.console();
        String slug = TestTenants.uniqueSlug("paid");
        Document form = visitor.get("/signup").html();
        assertThat(form.select("h1").text()).isEqualTo("Ouvrir votre espace Guichet");
        assertThat(form.select("label[for=module-depot]").text()).contains("19,90 € par mois");

        TenantHttp.Page started = visitor.postForm("/signup", fields(visitor, slug, false));

        assertThat(started.status()).as(started.body()).isEqualTo(303);
        assertThat(started.header("Location")).startsWith(stub.apiBase() + "/checkout/");
        Document checkout = visitor.getAbsolute(started.header("Location")).html();
        TenantHttp.Page paid = visitor.postForm(
                URI.create(stub.apiBase() + checkout.select("form").attr("action")), Map.of());
        String waiting = paid.header("Location");
        assertThat(waiting).startsWith("http://localhost:" + http.port() + "/signup/");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> visitor.getAbsolute(waiting)
                        .html()
                        .select("#signup-portal")
                        .hasAttr("href"));

        TenantProfile tenant = catalog.find(new TenantId(slug)).orElseThrow();
        assertThat(tenant.displayName()).isEqualTo("Opérateur " + slug);
        assertThat(tenant.currency().getCurrencyCode()).isEqualTo("XOF");
        Entitlement depot = tenant.entitlement(DepotModule.ID).orElseThrow();
        assertThat(depot.origin()).isEqualTo(ModuleOrigin.STRIPE);
        assertThat(depot.state()).isEqualTo(ModuleState.ACTIVE);
        assertThat(visitor.getAbsolute(waiting).html().select("#signup-portal").attr("href"))
                .isEqualTo("http://" + slug + ".localhost:" + http.port() + "/");
        assertThat(Mailbox.waitFor("admin@" + slug + ".test", "").link("action-token"))
                .contains("/realms/" + slug);
    }

    @Test
    void aTrialStartsWithoutACardAndEndsReadOnly() {
        TenantHttp.Client visitor = http.console();
        String slug = TestTenants.uniqueSlug("trial");

        TenantHttp.Page started = visitor.postForm("/signup", fields(visitor, slug, true));

        assertThat(started.status()).as(started.body()).isEqualTo(303);
        String waiting = started.header("Location");
        assertThat(waiting).startsWith("/signup/");
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        visitor.get(waiting).html().select("#signup-portal").hasAttr("href"));
        Entitlement trial = catalog.find(new TenantId(slug))
                .orElseThrow()
                .entitlement(DepotModule.ID)
                .orElseThrow();
        assertThat(trial.origin()).isEqualTo(ModuleOrigin.TRIAL);
        assertThat(trial.periodEnd())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(14)).minusSeconds(300),
                        Instant.now().plus(Duration.ofDays(14)));

        clock.advance(Duration.ofDays(15));
        signups.endTrials();

        assertThat(catalog.find(new TenantId(slug))
                        .orElseThrow()
                        .entitlement(DepotModule.ID)
                        .orElseThrow()
                        .state())
                .isEqualTo(ModuleState.READ_ONLY);
    }

    @Test
    void badInputIsExplainedAndWhatWasTypedIsKept() {
        TenantHttp.Client visitor = http.console();
        Map<String, String> fields = fields(visitor, "console", false);
        fields.put("email", "pas-une-adresse");
        fields.remove("modules");

        TenantHttp.Page refused = visitor.postForm("/signup", fields);

        assertThat(refused.status()).isEqualTo(422);
        Document page = refused.html();
        assertThat(page.select("#slug-error").text())
                .isEqualTo("Ce sous-domaine est réservé à la plateforme ; choisissez-en un autre.");
        assertThat(page.select("#email + .invalid-feedback").text())
                .isEqualTo("Cette adresse e-mail n'est pas valide.");
        assertThat(page.select("#organisation").val()).isEqualTo("Opérateur console");
        assertThat(page.select("#email").val()).isEqualTo("pas-une-adresse");
        assertThat(page.text()).contains("Choisissez au moins un module proposé.");
    }

    @Test
    void oneAddressMayStartOnlySoManySignUpsAnHour() {
        TenantHttp.Client visitor = http.console();
        for (int i = 0; i < 10; i++) {
            jdbc.update(
                    "insert into platform.signup_request (id, slug, display_name, admin_last, admin_email, modules,"
                            + " zone, trial, status, client_address, created_at, updated_at)"
                            + " values (?, ?, 'X', 'X', 'x@x.test', 'depot', 'Africa/Dakar', true, 'FAILED',"
                            + " ?, now(), now())",
                    UUID.randomUUID(),
                    "flood" + i,
                    // The address the application sees for this machine, whichever loopback it is.
                    i % 2 == 0 ? "127.0.0.1" : "0:0:0:0:0:0:0:1");
        }

        TenantHttp.Page refused = visitor.postForm("/signup", fields(visitor, TestTenants.uniqueSlug("flood"), true));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.html().select("[role=alert]").text())
                .contains("Trop d'inscriptions depuis cette adresse : réessayez dans une heure.");
    }

    private String availability(String slug) {
        return http.console()
                .get("/signup/availability?slug="
                        + java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8))
                .html()
                .select("#slug-status")
                .text();
    }

    private static Map<String, String> fields(TenantHttp.Client visitor, String slug, boolean trial) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", visitor.csrfToken("/signup"));
        fields.put("organisation", "Opérateur " + slug);
        fields.put("slug", slug);
        fields.put("zone", "Africa/Dakar");
        fields.put("firstName", "Awa");
        fields.put("lastName", "Ndiaye");
        fields.put("email", "admin@" + slug + ".test");
        fields.put("modules", DepotModule.ID);
        if (trial) {
            fields.put("trial", "true");
        }
        return fields;
    }
}
