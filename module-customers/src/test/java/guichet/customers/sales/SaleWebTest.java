package guichet.customers.sales;

import static guichet.customers.CustomerFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.platform.catalog.Product;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.sales.Sale;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.Users;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A seller's sales (seed 004): the product search, the serial number's rules, the account opened on the spot. */
@GuichetTest
@Import(CustomerFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaleWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TenantHttp http;

    @Autowired
    Customers customers;

    @Autowired
    Users users;

    private TenantProfile tenant;
    private TenantHttp.Client seller;
    private Product printer;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("sale", "customers");
        seller = fixtures.staff(tenant, "seller", Role.SELLER);
        printer = fixtures.product(tenant, "PRN-L3250", "Imprimante L3250");
        fixtures.product(tenant, "LAP-X14", "Ordinateur portable X14");
        for (int i = 1; i <= 12; i++) {
            fixtures.product(tenant, "CAB-%02d".formatted(i), "Câble réseau " + i + " m");
        }
    }

    @Test
    void theProductSearchOffersNothingBeforeThreeLetters() {
        Document page = productSearch("pr");
        assertThat(page.select("input[name=productId]")).isEmpty();
        assertThat(page.select("#product-choices").text()).contains("Tapez au moins trois lettres");
    }

    @Test
    void theProductSearchOffersClickableChoicesWhenFewerThanTenMatch() {
        Document page = productSearch("3250");
        assertThat(page.select("#product-choices label").eachText()).containsExactly("PRN-L3250 — Imprimante L3250");
        assertThat(page.select("#product-choices input[type=radio]").attr("value"))
                .isEqualTo(printer.id().toString());
        assertThat(productSearch("ordi").select("#product-choices label").text())
                .contains("LAP-X14");
    }

    @Test
    void theProductSearchAsksForMoreLettersWhenTenOrMoreMatch() {
        Document page = productSearch("cable");
        assertThat(page.select("input[name=productId]")).isEmpty();
        assertThat(page.select("#product-choices").text()).contains("Dix produits ou plus correspondent");
        assertThat(productSearch("cab-12").select("#product-choices label")).hasSize(1);
    }

    @Test
    void aPieceOfTheCustomersAddressFindsHimAndASearchThatFindsNobodySaysSo() {
        fixtures.person(tenant, "Mathis", "Roy", "m.roy9p@client.example", null);
        Document found = customerSearch("roy9p@cli");
        assertThat(found.select("#customer-choices label").eachText())
                .singleElement()
                .asString()
                .contains("Mathis Roy", "m.roy9p@client.example");
        assertThat(found.select("#customer-choices").text()).doesNotContain("Aucun client");

        Document nobody = customerSearch("zz9q@nowhere");
        assertThat(nobody.select("#customer-choices input[type=radio]")).isEmpty();
        assertThat(nobody.select("#customer-choices").text()).contains("Aucun client ne correspond à cette recherche.");
        assertThat(customerSearch("ro").select("#customer-choices").text())
                .contains("Tapez au moins trois caractères.")
                .doesNotContain("Aucun client");
    }

    @Test
    void aSaleWithALowerCaseSerialNumberOpensTheAccountAndStoresItUpperCase() {
        TenantHttp.Page saved = seller.postForm("/customers/sales", sale("lea.martin@exemple.fr", "ab12 cd34ef56gh7"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Customer customer = fixtures.in(
                tenant, () -> customers.findByEmail("lea.martin@exemple.fr").getFirst());
        List<Sale> sales = fixtures.salesOf(tenant, customer);
        assertThat(sales).singleElement().satisfies(sale -> {
            assertThat(sale.serialNumber().orElseThrow().value()).isEqualTo("AB12CD34EF56GH7");
            assertThat(sale.product()).isEqualTo(printer.id());
            assertThat(sale.status()).isEqualTo(Sale.Status.DELIVERED);
        });
        assertThat(fixtures.in(tenant, () -> users.findByEmail("lea.martin@exemple.fr")))
                .hasValueSatisfying(user -> assertThat(user.customer()).contains(customer.id()));
        assertThat(seller.follow(saved).html().select("#products ~ div table").text())
                .contains("PRN-L3250", "AB12CD34EF56GH7");
    }

    @Test
    void anInvalidSerialNumberIsExplainedAndTheFormKeepsWhatWasTyped() {
        TenantHttp.Page page = seller.postForm("/customers/sales", sale("paul.invalide@exemple.fr", "abc-123"));
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("#serialNumber-error").text())
                .isEqualTo("Le numéro de série doit compter exactement 15 caractères, chiffres ou lettres (sans"
                        + " accents ni symboles).");
        assertThat(html.select("#serialNumber").val()).isEqualTo("abc-123");
        assertThat(html.select("#lastName").val()).isEqualTo("Martin");
        assertThat(html.select("#email").val()).isEqualTo("paul.invalide@exemple.fr");
        assertThat(html.select("#product-" + printer.id()).hasAttr("checked")).isTrue();
        assertThat(fixtures.in(tenant, () -> users.findByEmail("paul.invalide@exemple.fr")))
                .isEmpty();
    }

    @Test
    void aSerialNumberIsUniquePerProduct() {
        assertThat(seller.postForm("/customers/sales", sale("first.owner@exemple.fr", "SERIAL000000001"))
                        .status())
                .isEqualTo(302);
        Document again = seller.postForm("/customers/sales", sale("second.owner@exemple.fr", "serial000000001"))
                .html();
        assertThat(again.select("#serialNumber-error").text())
                .isEqualTo("Ce numéro de série est déjà enregistré pour ce produit.");
    }

    @Test
    void anOrderIsRegisteredForAnExistingCustomerAndDeliveredLater() {
        Customer customer = fixtures.person(tenant, "Marc", "Olivier", "marc.olivier@exemple.fr", null);
        Map<String, String> fields = form(
                seller,
                "/customers/sales/new",
                "customerMode",
                "existing",
                "customerId",
                customer.id().toString(),
                "productId",
                printer.id().toString(),
                "serialNumber",
                "",
                "soldOn",
                "2026-01-15",
                "ordered",
                "true");
        assertThat(seller.postForm("/customers/sales", fields).status()).isEqualTo(302);
        Sale order = fixtures.salesOf(tenant, customer).getFirst();
        assertThat(order.status()).isEqualTo(Sale.Status.ORDERED);
        String path = "/customers/" + customer.id();
        assertThat(seller.postForm(
                                "/customers/sales/" + order.id() + "/deliver", form(seller, path, "on", "2026-01-20"))
                        .status())
                .isEqualTo(302);
        Sale delivered = fixtures.salesOf(tenant, customer).getFirst();
        assertThat(delivered.status()).isEqualTo(Sale.Status.DELIVERED);
        assertThat(delivered.deliveredOn())
                .hasValueSatisfying(d -> assertThat(d).hasToString("2026-01-20"));
    }

    @Test
    void onlySellersAndAgentsRegisterSalesAndTheCustomerSeesHisProducts() {
        assertThat(fixtures.staff(tenant, "rep", Role.SALES_REP)
                        .get("/customers/sales/new")
                        .status())
                .isEqualTo(403);
        assertThat(http.tenant(tenant).get("/customers/sales/new").status()).isEqualTo(302);
        assertThat(seller.postForm("/customers/sales", sale("zoe.portal@exemple.fr", "ZOE000000000001"))
                        .status())
                .isEqualTo(302);
        TenantHttp.Client customer = http.tenant(tenant);
        customer.signIn("zoe.portal@exemple.fr", TestAccounts.PASSWORD);
        Document mine = customer.get("/customers/mine").html();
        assertThat(mine.select(".g-my-product").text()).contains("PRN-L3250", "ZOE000000000001");
        assertThat(customer.get("/customers/sales/new").status()).isEqualTo(403);
        assertThat(customer.get("/customers").status()).isEqualTo(403);
    }

    private Document customerSearch(String typed) {
        return seller.getWithHeaders(
                        "/customers/sales/new?customerQuery="
                                + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8),
                        Map.of("HX-Request", "true", "HX-Target", "customer-choices"))
                .html();
    }

    private Document productSearch(String typed) {
        Document page = seller.getWithHeaders(
                        "/customers/sales/new?productQuery=" + typed,
                        Map.of("HX-Request", "true", "HX-Target", "product-choices"))
                .html();
        assertThat(page.select("h1")).isEmpty();
        return page;
    }

    private Map<String, String> sale(String email, String serial) {
        return form(
                seller,
                "/customers/sales/new",
                "customerMode",
                "new",
                "firstName",
                "Léa",
                "lastName",
                "Martin",
                "email",
                email,
                "password",
                TestAccounts.PASSWORD,
                "productQuery",
                "L3250",
                "productId",
                printer.id().toString(),
                "serialNumber",
                serial,
                "soldOn",
                "2026-02-01",
                "intent",
                "save");
    }
}
