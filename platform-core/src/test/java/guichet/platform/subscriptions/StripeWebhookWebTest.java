package guichet.platform.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stripe.StripeClient;
import guichet.devstack.stripe.StripeStub;
import guichet.platform.billing.ModulePrices;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.ModuleState;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.DepotModule;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.ShiftedClock;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stripe's webhooks, through the real SDK against the local stub: only signed events are taken, each once; the
 * subscription is re-read from Stripe, so replays and late events converge; an unpaid subscription turns its modules
 * read-only after the grace period (the application's clock moved, not waited for) and paying restores them.
 */
@GuichetTest
@Import(DepotModule.class)
class StripeWebhookWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TenantBilling billing;

    @Autowired
    SubscriptionSync sync;

    @Autowired
    ModulePrices prices;

    @Autowired
    ShiftedClock clock;

    @Autowired
    JdbcTemplate jdbc;

    StripeStub stub;

    @BeforeEach
    void webhooksComeHere() {
        stub = Objects.requireNonNull(StripeStub.current(), "the test profile starts the Stripe stub");
        stub.sendWebhooksTo(URI.create("http://localhost:" + http.port() + "/billing/stripe/webhook"));
        if (prices.find(DepotModule.ID).map(p -> p.stripePriceId()).isEmpty()) {
            prices.set(DepotModule.ID, new BigDecimal("19.90"), ModulePrices.DEFAULT_CURRENCY);
        }
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void anUnsignedOrBadlySignedEventIsRefusedAndChangesNothing() {
        int before = events();
        String payload = "{\"id\":\"evt_forged\",\"object\":\"event\",\"type\":\"customer.subscription.deleted\"}";

        assertThat(webhook(payload, null).status()).isEqualTo(400);
        assertThat(webhook(payload, "t=1,v1=00").status()).isEqualTo(400);
        String otherSecret = "t=" + (System.currentTimeMillis() / 1000) + ",v1=" + "ab".repeat(32);
        assertThat(webhook(payload, otherSecret).status()).isEqualTo(400);
        assertThat(webhook("not json", stub.signature("not json")).status()).isEqualTo(400);

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aPaidCheckoutEntitlesTheTenantAndAReplayedEventChangesNothing() {
        TenantProfile tenant = subscribedTenant("whk");
        Entitlement depot = depot(tenant).orElseThrow();
        assertThat(depot.origin()).isEqualTo(ModuleOrigin.STRIPE);
        assertThat(depot.state()).isEqualTo(ModuleState.ACTIVE);
        assertThat(depot.periodEnd()).isAfter(depot.periodStart().plus(Duration.ofDays(27)));
        int recorded = events();

        String completed = stub.sentEvents().stream()
                .filter(event -> event.contains("\"checkout.session.completed\""))
                .reduce((first, second) -> second)
                .orElseThrow();
        TenantHttp.Page replayed = webhook(completed, stub.signature(completed));

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body()).isEqualTo("Already received.");
        assertThat(events()).isEqualTo(recorded);
        assertThat(depot(tenant)).hasValue(depot);
    }

    @Test
    void anOlderSubscriptionUpdateArrivingAfterANewerOneDoesNotUndoIt() throws Exception {
        TenantProfile tenant = subscribedTenant("ord");
        String subscription = row(tenant).stripeSubscriptionId().orElseThrow();
        stub.failPayment(subscription);
        await().until(() -> row(tenant).unpaidSince().isPresent());
        String pastDue = stub.sentEvents().stream()
                .filter(event -> event.contains("\"customer.subscription.updated\"") && event.contains("past_due"))
                .reduce((first, second) -> second)
                .orElseThrow();
        stub.payOpenInvoices(subscription);
        await().until(() -> row(tenant).unpaidSince().isEmpty());

        // The same past-due state, delivered late under an event id of its own, as Stripe may do.
        String late =
                pastDue.replaceFirst("\"id\":\"evt_[A-Za-z0-9]+\"", "\"id\":\"evt_late" + System.nanoTime() + "\"");
        assertThat(webhook(late, stub.signature(late)).status()).isEqualTo(200);
        await().until(() -> unhandled() == 0);

        assertThat(row(tenant).status()).hasValue("active");
        assertThat(row(tenant).unpaidSince()).isEmpty();
        assertThat(depot(tenant).orElseThrow().state()).isEqualTo(ModuleState.ACTIVE);
        assertThat(stripe().v1().subscriptions().retrieve(subscription).getStatus())
                .isEqualTo("active");
    }

    @Test
    void aFailedPaymentWarnsTheAdministratorsTurnsReadOnlyAfterTheGraceAndPayingRestores() {
        TenantProfile tenant = subscribedTenant("unp");
        var admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        String subscription = row(tenant).stripeSubscriptionId().orElseThrow();

        stub.failPayment(subscription);

        await().until(() -> row(tenant).payLink().isPresent());
        assertThat(row(tenant).payLink().orElseThrow()).startsWith(stub.apiBase() + "/invoices/");
        await().until(() -> inboxOf(tenant, admin).contains("Paiement manquant pour l'abonnement de"));
        assertThat(depot(tenant).orElseThrow().state())
                .as("within the grace period")
                .isEqualTo(ModuleState.ACTIVE);

        clock.advance(Duration.ofDays(13));
        sync.sweepUnpaid();
        assertThat(depot(tenant).orElseThrow().state()).isEqualTo(ModuleState.ACTIVE);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        sync.sweepUnpaid();
        assertThat(depot(tenant).orElseThrow().state()).isEqualTo(ModuleState.READ_ONLY);
        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(admin.email(), TestAccounts.PASSWORD);
        assertThat(staff.get("/depot").status()).as("reading").isNotEqualTo(403);
        TenantHttp.Page change = staff.postForm("/depot", java.util.Map.of("_csrf", staff.csrfToken("/admin/billing")));
        assertThat(change.status()).as("changing").isEqualTo(403);
        assertThat(staff.get("/admin/billing").html().select("#billing-status").text())
                .isEqualTo("Impayé : modules en lecture seule");

        stub.payOpenInvoices(subscription);

        await().until(() -> depot(tenant).orElseThrow().state() == ModuleState.ACTIVE);
        assertThat(row(tenant).unpaidSince()).isEmpty();
        assertThat(row(tenant).payLink()).isEmpty();
    }

    @Test
    void aCancelledSubscriptionTakesItsModulesOffTheMenusAndKeepsTheirData() throws Exception {
        TenantProfile tenant = subscribedTenant("cnl");
        var admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);

        stripe().v1().subscriptions().cancel(row(tenant).stripeSubscriptionId().orElseThrow());

        await().until(() -> depot(tenant).orElseThrow().state() == ModuleState.CANCELLED);
        assertThat(catalog.find(tenant.id()).orElseThrow().modules()).doesNotContain(DepotModule.ID);
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.schemata where schema_name = ?",
                        Integer.class,
                        tenant.id().schemaName()))
                .as("the tenant's data stays")
                .isEqualTo(1);
        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(admin.email(), TestAccounts.PASSWORD);
        assertThat(staff.get("/admin/billing").html().select("#billing-kept").text())
                .startsWith("Les modules résiliés ont quitté les menus ; leurs données sont conservées jusqu'au ");
    }

    /** A tenant whose administrator bought the depot module through Checkout, paid on the stub's page. */
    private TenantProfile subscribedTenant(String prefix) {
        TenantProfile tenant = tenants.create(prefix);
        String checkout = billing.checkout(
                tenant,
                DepotModule.ID,
                "admin@" + tenant.slug() + ".test",
                "http://" + tenant.slug() + ".localhost:" + http.port());
        String session = checkout.substring(checkout.lastIndexOf('/') + 1);
        http.host("127.0.0.1")
                .send(HttpRequest.newBuilder(URI.create(stub.apiBase() + "/checkout/" + session + "/pay"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        await().until(() -> depot(tenant).filter(Entitlement::isOpen).isPresent());
        await().until(() -> unhandled() == 0);
        return catalog.find(tenant.id()).orElseThrow();
    }

    private Optional<Entitlement> depot(TenantProfile tenant) {
        catalog.refresh();
        return catalog.find(tenant.id()).orElseThrow().entitlement(DepotModule.ID);
    }

    private TenantSubscription row(TenantProfile tenant) {
        return sync.of(tenant.id()).orElseThrow();
    }

    private String inboxOf(TenantProfile tenant, guichet.platform.users.User user) {
        return String.join(
                " | ",
                jdbc.queryForList(
                        "select title from " + tenant.id().schemaName() + ".core_notification where user_id = ?",
                        String.class,
                        user.id().value()));
    }

    private int events() {
        return Objects.requireNonNull(jdbc.queryForObject("select count(*) from platform.stripe_event", Integer.class));
    }

    private int unhandled() {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from platform.stripe_event where handled_at is null", Integer.class));
    }

    private TenantHttp.Page webhook(String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + http.port() + "/billing/stripe/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.console().send(request);
    }

    private StripeClient stripe() {
        return StripeClient.builder()
                .setApiKey("sk_test_stub")
                .setApiBase(stub.apiBase())
                .build();
    }
}
