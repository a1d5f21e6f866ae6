package guichet.platform.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stripe.StripeClient;
import com.stripe.model.Invoice;
import com.stripe.param.InvoiceCreatePreviewParams;
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
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A tenant administrator's billing page over real HTTP, Stripe being the local stub read through the real SDK: a first
 * module bought through Checkout, its removal previewed with Stripe's own prorated amount, the invoices, the portal;
 * and who may not reach any of it.
 */
@GuichetTest
@Import(DepotModule.class)
class BillingPageWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    ModulePrices prices;

    @Autowired
    SubscriptionSync sync;

    StripeStub stub;

    @BeforeEach
    void webhooksComeHere() {
        stub = Objects.requireNonNull(StripeStub.current(), "the test profile starts the Stripe stub");
        stub.sendWebhooksTo(URI.create("http://localhost:" + http.port() + "/billing/stripe/webhook"));
        prices.set(DepotModule.ID, new BigDecimal("19.90"), ModulePrices.DEFAULT_CURRENCY);
    }

    @Test
    void anAdministratorBuysAModuleThroughCheckoutThenSeesTheAmountTheDateAndTheInvoice() {
        TenantProfile tenant = tenants.create("bpa");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(admin.email(), TestAccounts.PASSWORD);

        Document before = browser.get("/admin/billing").html();
        assertThat(before.select("#billing-status").text()).isEqualTo("Aucun abonnement en ligne");
        assertThat(before.select("#module-depot td").first().text()).isEqualTo("19,90 €");
        assertThat(before.select("#module-depot .module-state").text()).isEqualTo("Non souscrit");

        TenantHttp.Page checkout = browser.postForm(
                "/admin/billing/modules",
                Map.of("module", DepotModule.ID, "_csrf", browser.csrfToken("/admin/billing")));
        assertThat(checkout.status()).isEqualTo(303);
        String stripePage = checkout.header("Location");
        assertThat(stripePage).startsWith(stub.apiBase() + "/checkout/");
        Document pay = browser.getAbsolute(stripePage).html();
        TenantHttp.Page paid =
                browser.postForm(URI.create(stub.apiBase() + pay.select("form").attr("action")), Map.of());
        assertThat(paid.header("Location"))
                .isEqualTo("http://" + tenant.slug() + ".localhost:" + http.port() + "/admin/billing?paid");
        await().until(() -> entitlement(tenant).state() == ModuleState.ACTIVE);

        Document after = browser.get("/admin/billing").html();
        assertThat(after.select("#billing-status").text()).isEqualTo("Abonnement à jour");
        assertThat(after.select("#billing-monthly").text()).isEqualTo("19,90 €");
        assertThat(after.select("#billing-next").text()).matches("\\d{1,2} \\p{L}+ \\d{4}");
        assertThat(after.select("#module-depot .module-state").text()).isEqualTo("Actif");
        assertThat(after.select("#billing-invoices tbody tr")).hasSize(1);
        assertThat(after.select("#billing-invoices .invoice-pdf").attr("href")).endsWith(".pdf");
        assertThat(entitlement(tenant).origin()).isEqualTo(ModuleOrigin.STRIPE);
        assertThat(catalog.find(tenant.id()).orElseThrow().modules()).contains(DepotModule.ID);

        TenantHttp.Page portal =
                browser.postForm("/admin/billing/portal", Map.of("_csrf", browser.csrfToken("/admin/billing")));
        assertThat(portal.status()).isEqualTo(303);
        assertThat(portal.header("Location")).startsWith(stub.apiBase() + "/portal/");
    }

    @Test
    void removingAModuleShowsTheCreditStripePreviewsBeforeAnythingChanges() throws Exception {
        TenantProfile tenant = tenants.create("bpr");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(admin.email(), TestAccounts.PASSWORD);
        buy(browser, tenant);
        String subscription =
                sync.of(tenant.id()).orElseThrow().stripeSubscriptionId().orElseThrow();
        Invoice expected = stripe().v1()
                .invoices()
                .createPreview(InvoiceCreatePreviewParams.builder()
                        .setSubscription(subscription)
                        .setSubscriptionDetails(InvoiceCreatePreviewParams.SubscriptionDetails.builder()
                                .addItem(InvoiceCreatePreviewParams.SubscriptionDetails.Item.builder()
                                        .setId(stripe().v1()
                                                .subscriptions()
                                                .retrieve(subscription)
                                                .getItems()
                                                .getData()
                                                .getFirst()
                                                .getId())
                                        .setDeleted(true)
                                        .build())
                                .build())
                        .build());

        Document preview =
                browser.get("/admin/billing/change?action=remove&module=depot").html();

        long credit = -expected.getLines().getData().stream()
                .filter(line -> line.getParent().getSubscriptionItemDetails().getProration())
                .mapToLong(line -> line.getAmount())
                .sum();
        assertThat(credit).isPositive();
        assertThat(preview.select("#billing-prorated").text())
                .startsWith(String.format(Locale.FRANCE, "%.2f", credit / 100.0))
                .endsWith("€");
        assertThat(preview.select("#billing-preview dt").first().text())
                .isEqualTo("Avoir au prorata pour la période en cours");
        assertThat(entitlement(tenant).state())
                .as("nothing changes before confirming")
                .isEqualTo(ModuleState.ACTIVE);

        TenantHttp.Page confirmed = browser.postForm(
                "/admin/billing/change",
                Map.of("action", "remove", "module", "depot", "_csrf", browser.csrfToken("/admin/billing")));

        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(entitlement(tenant).state()).isEqualTo(ModuleState.CANCELLED);
        assertThat(browser.get("/admin/billing").html().select("[role=status]").text())
                .contains("Le module a été retiré de l'abonnement.");
    }

    @Test
    void anUnknownModuleOrActionIsExplainedAndNothingIsBought() {
        TenantProfile tenant = tenants.create("bpu");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(admin.email(), TestAccounts.PASSWORD);

        TenantHttp.Page refused = browser.postForm(
                "/admin/billing/modules", Map.of("module", "nope", "_csrf", browser.csrfToken("/admin/billing")));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(browser.follow(refused).html().select("[role=alert]").text()).isEqualTo("Ce module n'existe pas.");
        assertThat(sync.of(tenant.id())).isEmpty();
    }

    @Test
    void onlyTheTenantsOwnAdministratorsReachBilling() {
        TenantProfile tenant = tenants.create("bpm");
        TenantProfile other = tenants.create("bpo");
        User otherAdmin = accounts.staff(other, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client foreigner = http.tenant(other);
        foreigner.signIn(otherAdmin.email(), TestAccounts.PASSWORD);
        String foreignSession = foreigner.cookie("GUICHET_SESSION");

        for (String path : List.of("/admin/billing", "/admin/billing/change?action=add&module=depot")) {
            assertThat(http.tenant(tenant).get(path).status())
                    .as("anonymous " + path)
                    .isEqualTo(302);
            assertThat(http.tenant(tenant)
                            .getWithCookie(path, "GUICHET_SESSION=" + foreignSession)
                            .status())
                    .as("another tenant's administrator " + path)
                    .isEqualTo(302);
        }
        for (Role role : List.of(Role.AGENT, Role.SALES_REP, Role.SELLER)) {
            User staff = accounts.staff(tenant, role.id(), role);
            TenantHttp.Client browser = http.tenant(tenant);
            browser.signIn(staff.email(), TestAccounts.PASSWORD);
            assertThat(browser.get("/admin/billing").status()).as(role.id()).isEqualTo(403);
            String csrf = browser.csrfToken("/account");
            assertThat(browser.postForm("/admin/billing/modules", Map.of("module", "depot", "_csrf", csrf))
                            .status())
                    .as(role.id())
                    .isEqualTo(403);
            assertThat(browser.postForm("/admin/billing/portal", Map.of("_csrf", csrf))
                            .status())
                    .as(role.id())
                    .isEqualTo(403);
        }
        User customer = accounts.customer(tenant, "client");
        TenantHttp.Client portal = http.tenant(tenant);
        portal.signIn(customer.email(), TestAccounts.PASSWORD);
        assertThat(portal.get("/admin/billing").status()).as("customer").isEqualTo(403);
        assertThat(http.tenant(tenant)
                        .postForm("/admin/billing/modules", Map.of("module", "depot"))
                        .status())
                .as("anonymous change")
                .isIn(302, 403);
        assertThat(sync.of(tenant.id())).isEmpty();
    }

    private void buy(TenantHttp.Client browser, TenantProfile tenant) {
        TenantHttp.Page checkout = browser.postForm(
                "/admin/billing/modules",
                Map.of("module", DepotModule.ID, "_csrf", browser.csrfToken("/admin/billing")));
        Document pay = browser.getAbsolute(checkout.header("Location")).html();
        browser.postForm(URI.create(stub.apiBase() + pay.select("form").attr("action")), Map.of());
        await().until(() -> entitlement(tenant).state() == ModuleState.ACTIVE);
    }

    /** The tenant's right to the depot module; a tenant that never had it reads as cancelled. */
    private Entitlement entitlement(TenantProfile tenant) {
        catalog.refresh();
        return catalog.find(tenant.id())
                .orElseThrow()
                .entitlement(DepotModule.ID)
                .orElseGet(() -> Entitlement.active(DepotModule.ID, ModuleOrigin.MANUAL, Instant.EPOCH)
                        .in(ModuleState.CANCELLED, Instant.EPOCH));
    }

    private StripeClient stripe() {
        return StripeClient.builder()
                .setApiKey("sk_test_stub")
                .setApiBase(stub.apiBase())
                .build();
    }
}
