package guichet.quotes.invoice.web;

import static guichet.quotes.invoice.InvoiceFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceFixture;
import guichet.quotes.invoice.InvoiceStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Staff edit a draft, are told what it lacks, set the mentions, issue it, record a payment; the customer downloads it. */
@GuichetTest
@Import(InvoiceFixture.class)
class InvoicePagesWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    Customers customers;

    @Test
    void aDraftIsEditedRefusedWhileMentionsLackThenIssuedPaidAndDownloaded() {
        TenantProfile tenant = tenants.create("invpages", "quotes");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User customerAccount = accounts.customer(tenant, "client");
        CustomerId customer = customerAccount.customer().orElseThrow();
        UUID draft = fixture.in(tenant, () -> fixture.draftOnly(customer));
        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(admin.email(), TestAccounts.PASSWORD);
        String path = "/quotes/invoices/" + draft;

        // A bad line is refused with a translated message, and what was typed stays.
        String csrf = staff.csrfToken(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("buyerName", "Amina Client");
        form.put("buyerAddress", "3 rue de Marseille, Tunis");
        form.put("deliveryDate", "2026-12-01");
        form.put("language", "fr");
        form.put("lines[0].description", "Clé 4G");
        form.put("lines[0].quantity", "2");
        form.put("lines[0].unitPrice", "49,5");
        form.put("lines[0].discount", "0");
        form.put("lines[0].taxRate", "19");
        form.put("lines[1].description", "Ligne mobile");
        form.put("lines[1].quantity", "0");
        form.put("lines[1].unitPrice", "25");
        form.put("lines[1].taxRate", "19");
        TenantHttp.Page refused = staff.postForm(path, form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".alert-danger").text()).contains("Ligne 2");
        assertThat(refused.html().select("input[name='lines[1].description']").val())
                .isEqualTo("Ligne mobile");

        form.put("lines[1].quantity", "1");
        assertThat(staff.postForm(path, form).status()).isEqualTo(302);

        // Without the seller's mentions, issuing is refused with the list.
        TenantHttp.Page missing = staff.postForm(path + "/issue", Map.of("_csrf", csrf));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.html().select(".alert-danger").text())
                .contains("raison sociale du vendeur")
                .contains("conditions de paiement");
        assertThat(fixture.reread(tenant, draft).isDraft()).isTrue();

        TenantHttp.Page saved = staff.postForm(
                "/quotes/invoices/settings",
                Map.of(
                        "_csrf", csrf,
                        "legalName", "Atlas Télécom SARL",
                        "address", "Tunis",
                        "taxIds", "MF 1234567/A",
                        "paymentTerms", "À réception"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(staff.postForm(path + "/issue", Map.of("_csrf", csrf)).status())
                .isEqualTo(302);
        Invoice issued = fixture.reread(tenant, draft);
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.totals().gross().toString()).isEqualTo("147.560 TND"); // (99 + 25) × 1.19
        Mailbox.Mail mail =
                Mailbox.waitFor(customerAccount.email(), issued.number().orElseThrow());
        assertThat(mail.subject()).isEqualTo("Votre facture " + issued.number().orElseThrow());
        assertThat(mail.body()).contains("Mes factures").contains("/quotes/my/invoices");

        TenantHttp.Page paid = staff.postForm(
                path + "/payments",
                Map.of("_csrf", csrf, "amount", "100", "paidOn", "2026-12-02", "method", "cash", "reference", ""));
        assertThat(paid.status()).isEqualTo(302);
        assertThat(fixture.reread(tenant, draft).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        TenantHttp.Page tooMuch = staff.postForm(
                path + "/payments", Map.of("_csrf", csrf, "amount", "500", "paidOn", "2026-12-02", "method", "cash"));
        assertThat(tooMuch.html().select(".alert-danger").text()).contains("au plus");
        assertThat(tooMuch.html().select("#amount").val()).isEqualTo("500");

        TenantHttp.Page page = staff.get(path);
        assertThat(page.body()).contains(issued.number().orElseThrow()).contains("Partiellement payée");
        TenantHttp.Page list = staff.get("/quotes/invoices?status=PARTIALLY_PAID");
        assertThat(list.body()).contains(issued.number().orElseThrow());
        assertThat(staff.get("/quotes/invoices?status=PAID").body())
                .doesNotContain(issued.number().orElseThrow());

        TenantHttp.Client portal = http.tenant(tenant);
        portal.signIn(customerAccount.email(), TestAccounts.PASSWORD);
        TenantHttp.Page mine = portal.get("/quotes/my/invoices");
        assertThat(mine.body()).contains(issued.number().orElseThrow()).contains("Reste à payer");
        assertThat(portal.get("/quotes/my/invoices/" + draft + ".pdf").header("Content-Type"))
                .startsWith("application/pdf");
    }

    @Test
    void staffStartADraftForACustomerTheySeeByItsNumber() {
        TenantProfile tenant = tenants.create("invnew", "quotes");
        User seller = accounts.staff(tenant, "vendeur", Role.SELLER);
        User rep = accounts.staff(tenant, "rep", Role.SALES_REP);
        CustomerId customer = fixture.customer(tenant, "Nouveau");
        String number = fixture.in(
                tenant, () -> customers.find(customer).orElseThrow().number().value());
        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(seller.email(), TestAccounts.PASSWORD);
        String csrf = staff.csrfToken("/quotes/invoices");

        TenantHttp.Page created = staff.postForm("/quotes/invoices/new", Map.of("_csrf", csrf, "customer", number));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location")).contains("/quotes/invoices/");
        TenantHttp.Page draft = staff.follow(created);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.html().select("input[name='buyerName']").val()).isEqualTo("Amina Nouveau");

        TenantHttp.Page unknown =
                staff.follow(staff.postForm("/quotes/invoices/new", Map.of("_csrf", csrf, "customer", "C-NULLE-PART")));
        assertThat(unknown.html().select(".alert-danger").text()).contains("Aucun de vos clients");
        assertThat(unknown.html().select("#new-customer").val()).isEqualTo("C-NULLE-PART");

        // A sales representative cannot invoice a customer who is not his.
        TenantHttp.Client salesRep = http.tenant(tenant);
        salesRep.signIn(rep.email(), TestAccounts.PASSWORD);
        TenantHttp.Page refused = salesRep.follow(salesRep.postForm(
                "/quotes/invoices/new", Map.of("_csrf", salesRep.csrfToken("/quotes/invoices"), "customer", number)));
        assertThat(refused.html().select(".alert-danger").text()).contains("Aucun de vos clients");
    }

    @Test
    void theListAndTheInvoicePageAreTranslatedIntoArabicAndEnglish() {
        TenantProfile tenant = tenants.create("invlang", "quotes");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        fixture.seller(tenant);
        Invoice issued = fixture.issued(
                tenant, fixture.customer(tenant, "Langues"), line("Routeur", "1", "80.000", "TND", "19"));
        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(admin.email(), TestAccounts.PASSWORD);
        assertThat(staff.getWithHeaders("/quotes/invoices?lang=ar", Map.of()).body())
                .contains("الفواتير");
        assertThat(staff.getWithHeaders("/quotes/invoices/" + issued.id() + "?lang=en", Map.of())
                        .body())
                .contains("Total including tax");
    }
}
