package guichet.customers.sales;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.realms.RealmUsers;
import guichet.platform.sales.Sales;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.DepotModule;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seller's page when another module of the tenant takes part in sales (the stand-in depot, as the shops module
 * will): a sale it refuses is not recorded at all, its reason is shown and the form keeps everything typed.
 */
@GuichetTest
@Import(DepotModule.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaleRefusalWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Products products;

    @Autowired
    Sales sales;

    @Autowired
    Customers customers;

    @Autowired
    Users users;

    @Autowired
    RealmUsers realm;

    @Autowired
    DepotModule.Depot depot;

    @Autowired
    TransactionTemplate transactions;

    private TenantProfile tenant;
    private TenantHttp.Client seller;
    private String sellerEmail;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("refus", "customers", DepotModule.ID);
        sellerEmail = accounts.staff(tenant, "seller", Role.SELLER).email();
        seller = http.tenant(tenant);
        seller.signIn(sellerEmail, TestAccounts.PASSWORD);
    }

    @Test
    void aSaleTheDepotRefusesIsExplainedNothingIsKeptAndTheFormKeepsWhatWasTyped() {
        Product router = product("RTR-AX55", "Routeur Wi-Fi 6 AX55");
        depot.stock(tenant, router.id(), 0);

        TenantHttp.Page page =
                seller.postForm("/customers/sales", sale(router, "lea.refus@exemple.fr", "ab12 cd34ef56gh7"));

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("#form-errors .g-refusal").text())
                .isEqualTo("Plus aucun « RTR-AX55 » au dépôt : la vente n'est pas enregistrée.");
        assertThat(html.select("#lastName").val()).isEqualTo("Martin");
        assertThat(html.select("#email").val()).isEqualTo("lea.refus@exemple.fr");
        assertThat(html.select("#password").val()).isEqualTo(TestAccounts.PASSWORD);
        assertThat(html.select("#serialNumber").val()).isEqualTo("ab12 cd34ef56gh7");
        assertThat(html.select("#productQuery").val()).isEqualTo("AX55");
        assertThat(html.select("#product-" + router.id()).hasAttr("checked")).isTrue();

        assertThat(in(() -> users.findByEmail("lea.refus@exemple.fr"))).isEmpty();
        assertThat(realm.findByEmail(tenant.slug(), "lea.refus@exemple.fr"))
                .as("the account opened in Keycloak is removed with the rollback")
                .isEmpty();
        assertThat(in(() -> customers.findByEmail("lea.refus@exemple.fr"))).isEmpty();
        assertThat(salesOf(router)).isZero();
        assertThat(depot.inStock(tenant, router.id())).isZero();
    }

    @Test
    void theRefusalSpeaksTheSellersLanguage() {
        Product phone = product("TEL-A15", "Téléphone A15");
        seller.get("/customers/sales/new?lang=en");
        try {
            Document html = seller.postForm(
                            "/customers/sales", sale(phone, "sam.refused@example.com", "TEL000000000009"))
                    .html();
            assertThat(html.select("#form-errors .g-refusal").text())
                    .isEqualTo("No \"TEL-A15\" left at the depot: the sale is not recorded.");
        } finally {
            seller.get("/customers/sales/new?lang=fr");
        }
    }

    @Test
    void aSaleTheDepotCanServeIsRecordedAndTakesOneFromItsStock() {
        Product box = product("BOX-4G", "Box 4G");
        depot.stock(tenant, box.id(), 2);

        TenantHttp.Page saved =
                seller.postForm("/customers/sales", sale(box, "awa.diop@exemple.fr", "BOX000000000001"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(salesOf(box)).isEqualTo(1);
        assertThat(depot.inStock(tenant, box.id())).isEqualTo(1);
    }

    @Test
    void theApiAnswersARefusedSaleWithTheReasonAndKeepsNothing() {
        Product key = product("CLE-4G", "Clé 4G");
        String token = accounts.accessToken(tenant, sellerEmail, TestAccounts.PASSWORD);

        TenantHttp.Page answer = http.tenant(tenant)
                .sendJsonWithToken("POST", "/api/customers/sales", """
                        {"firstName": "Koffi", "lastName": "Mensah", "email": "koffi.api@exemple.fr",
                         "password": "%s", "productCode": "CLE-4G", "serialNumber": "CLE000000000001",
                         "soldOn": "2026-02-01"}""".formatted(TestAccounts.PASSWORD), token);

        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body())
                .contains("\"code\":\"depot.refused.out-of-stock\"")
                .contains("Plus aucun « CLE-4G » au dépôt");
        assertThat(in(() -> users.findByEmail("koffi.api@exemple.fr"))).isEmpty();
        assertThat(realm.findByEmail(tenant.slug(), "koffi.api@exemple.fr")).isEmpty();
        assertThat(salesOf(key)).isZero();
    }

    private Map<String, String> sale(Product product, String email, String serial) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", seller.csrfToken("/customers/sales/new"));
        fields.put("customerMode", "new");
        fields.put("firstName", "Léa");
        fields.put("lastName", "Martin");
        fields.put("email", email);
        fields.put("password", TestAccounts.PASSWORD);
        fields.put("productQuery", product.code().substring(4));
        fields.put("productId", product.id().toString());
        fields.put("serialNumber", serial);
        fields.put("soldOn", "2026-02-01");
        fields.put("intent", "save");
        return fields;
    }

    private Product product(String code, String name) {
        return in(() -> products.save(new Product(code, name, Product.Kind.PRODUCT, null, Instant.now())));
    }

    private long salesOf(Product product) {
        return in(() -> sales.findAll(Pageable.unpaged()).stream()
                .filter(sale -> sale.product().equals(product.id()))
                .count());
    }

    private <T> T in(Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
