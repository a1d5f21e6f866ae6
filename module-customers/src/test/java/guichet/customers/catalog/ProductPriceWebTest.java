package guichet.customers.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.Role;
import guichet.platform.money.Money;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A product's unit price, typed and shown in the tenant's currency (the test tenants count in Tunisian dinars, three
 * decimals) as the page's language writes it; a price that is no amount of that currency is explained, nothing typed
 * lost.
 */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductPriceWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Products products;

    @Autowired
    TransactionTemplate transactions;

    private TenantProfile tenant;
    private TenantHttp.Client admin;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("price", "customers");
        admin = signedIn(accounts.staff(tenant, "admin", Role.TENANT_ADMIN).email());
    }

    @Test
    void aPriceTypedTheFrenchWayIsKeptToTheMillimeAndShownInTheListAndTheSellersChoices() {
        TenantHttp.Page saved = admin.postForm("/customers/products", product("TEL-A15", "Téléphone A15", "1 299,5"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        Product phone = find("TEL-A15").orElseThrow();
        assertThat(phone.unitPrice()).isEqualTo(Money.of("1299.500", "TND"));
        // The page writes a narrow no-break space between thousands and a no-break space before the currency; jsoup's
        // text reads the latter as a plain space.
        assertThat(admin.get("/customers/products?q=A15")
                        .html()
                        .select("#product-results td.g-price")
                        .text())
                .isEqualTo("1\u202f299,500 TND");
        assertThat(admin.get("/customers/products/" + phone.id())
                        .html()
                        .select("#unitPrice")
                        .val())
                .isEqualTo("1299,500");

        TenantHttp.Client seller =
                signedIn(accounts.staff(tenant, "seller", Role.SELLER).email());
        Document choices = seller.getWithHeaders(
                        "/customers/sales/new?productQuery=A15",
                        Map.of("HX-Request", "true", "HX-Target", "product-choices"))
                .html();
        assertThat(choices.select("#product-choices label").text())
                .isEqualTo("TEL-A15 — Téléphone A15 1\u202f299,500 TND");
    }

    @Test
    void aPriceIsKeptWhenTheProductTableIsImportedAgainAndRemovedByEmptyingItsField() {
        admin.postForm("/customers/products", product("BOX-4G", "Box 4G", "89"));
        String token = admin.csrfToken("/customers/products/import");
        admin.postMultipart(
                "/customers/products/import",
                Map.of("_csrf", token),
                "file",
                "produits.csv",
                "Référence;Désignation;En vente\nBOX-4G;Box 4G nouvelle;oui\n".getBytes(StandardCharsets.UTF_8));
        Product box = find("BOX-4G").orElseThrow();
        assertThat(box.name()).isEqualTo("Box 4G nouvelle");
        assertThat(box.unitPrice()).isEqualTo(Money.of("89", "TND"));

        String path = "/customers/products/" + box.id();
        assertThat(admin.postForm(path, product("BOX-4G", "Box 4G+", "")).status())
                .isEqualTo(302);
        assertThat(find("BOX-4G").orElseThrow().unitPrice()).isNull();
        assertThat(find("BOX-4G").orElseThrow().name()).isEqualTo("Box 4G+");
    }

    @Test
    void aPriceWithTooManyDecimalsIsExplainedWithTheOtherProblemsAndNothingTypedIsLost() {
        Map<String, String> fields = product("CAB-01", "", "12,3456");
        Document page = admin.postForm("/customers/products", fields).html();

        assertThat(page.select("#unitPrice-error").text())
                .isEqualTo("Un montant en dinar tunisien a au plus 3 décimales. Exemple : 1234,500");
        assertThat(page.select("#name-error").text()).isEqualTo("La désignation est obligatoire.");
        assertThat(page.select("#unitPrice").val()).isEqualTo("12,3456");
        assertThat(page.select("#code").val()).isEqualTo("CAB-01");
        assertThat(find("CAB-01")).isEmpty();
    }

    @Test
    void whatIsNoAmountOrANegativePriceIsRefusedInThePagesLanguage() {
        Document words = admin.postForm("/customers/products", product("CAB-02", "Câble", "douze"))
                .html();
        assertThat(words.select("#unitPrice-error").text())
                .isEqualTo("« douze » n'est pas un montant. Exemple : 1234,500");
        Document negative = admin.postForm("/customers/products", product("CAB-02", "Câble", "-5"))
                .html();
        assertThat(negative.select("#unitPrice-error").text())
                .isEqualTo("Le prix doit être compris entre 0 et 999 999 999 999.");

        admin.get("/customers/products?lang=en");
        Document english = admin.postForm("/customers/products", product("CAB-02", "Cable", "1.2345"))
                .html();
        assertThat(english.select("#unitPrice-error").text()).startsWith("An amount in Tunisian");
        assertThat(find("CAB-02")).isEmpty();
        admin.get("/customers/products?lang=fr");
    }

    private Map<String, String> product(String code, String name, String price) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", admin.csrfToken("/customers/products/new"));
        fields.put("code", code);
        fields.put("name", name);
        fields.put("kind", "PRODUCT");
        fields.put("unitPrice", price);
        fields.put("onSale", "true");
        return fields;
    }

    private Optional<Product> find(String code) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> products.findByCode(code)));
    }

    private TenantHttp.Client signedIn(String email) {
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(email, TestAccounts.PASSWORD);
        return client;
    }
}
