package guichet.customers.catalog;

import static guichet.customers.CustomerFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The distributor's product table (seed 004): imported from CSV, all or nothing, idempotent; products editable. */
@GuichetTest
@Import(CustomerFixtures.class)
class ProductCatalogWebTest {

    private static final String TABLE = """
            Référence;Désignation;En vente
            LAP-X14;Ordinateur portable X14;oui
            PRN-L3250;Imprimante L3250;oui
            RTR-AX55;Routeur Wi-Fi 6 AX55;non
            """;

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    Products products;

    @Test
    void importingTheSameTableTwiceChangesNothingTheSecondTime() {
        TenantProfile tenant = tenants.create("cat", "customers");
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        Document first = upload(admin, TABLE);
        assertThat(first.select("#import-result").text()).isEqualTo("Import terminé : 3 créés, 0 modifié, 0 inchangé.");
        Product router =
                fixtures.in(tenant, () -> products.findByCode("RTR-AX55").orElseThrow());
        assertThat(router.onSale()).isFalse();

        Document second = upload(admin, TABLE);
        assertThat(second.select("#import-result").text())
                .isEqualTo("Import terminé : 0 créé, 0 modifié, 3 inchangés.");
        assertThat(fixtures.in(
                        tenant,
                        () -> products.findByCode("RTR-AX55").orElseThrow().updatedAt()))
                .isEqualTo(router.updatedAt());

        Document changed =
                upload(admin, TABLE.replace("RTR-AX55;Routeur Wi-Fi 6 AX55;non", "RTR-AX55;Routeur AX55;oui"));
        assertThat(changed.select("#import-result").text()).contains("1 modifié");
        assertThat(fixtures.in(
                        tenant,
                        () -> products.findByCode("RTR-AX55").orElseThrow().onSale()))
                .isTrue();
    }

    @Test
    void aTableWithBadRowsImportsNothingAndListsEveryBadRow() {
        TenantProfile tenant = tenants.create("catx", "customers");
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        Document page = upload(admin, """
                reference,designation,en vente
                OK-1,Bon produit,oui
                ,Sans référence,oui
                OK-2,,non
                OK-3,Vente inconnue,peut-être
                OK-1,Doublon,oui
                """);
        assertThat(page.select(".g-row-problem")).hasSize(4);
        assertThat(page.select(".g-row-problem td:first-child").eachText()).containsExactly("3", "4", "5", "6");
        assertThat(page.select("#row-problems").text())
                .contains("La référence est obligatoire.", "La désignation est obligatoire.", "Indiquez oui ou non.")
                .contains("Cette référence figure déjà sur une autre ligne du fichier.");
        assertThat(fixtures.in(tenant, () -> products.count())).isZero();
    }

    @Test
    void aProductIsChangedAndItsReferenceStaysUnique() {
        TenantProfile tenant = tenants.create("cate", "customers");
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        Product one = fixtures.product(tenant, "ONE-1", "Premier");
        fixtures.product(tenant, "TWO-2", "Second");
        String path = "/customers/products/" + one.id();
        Document taken = admin.postForm(path, form(admin, path, "code", "TWO-2", "name", "Premier", "kind", "PRODUCT"))
                .html();
        assertThat(taken.select("#code-error").text()).isEqualTo("Un autre produit porte déjà cette référence.");
        assertThat(taken.select("#code").val()).isEqualTo("TWO-2");
        TenantHttp.Page saved = admin.postForm(
                path, form(admin, path, "code", "ONE-1", "name", "Premier modèle", "kind", "PRODUCT", "_onSale", "on"));
        assertThat(saved.status()).isEqualTo(302);
        Product now = fixtures.in(tenant, () -> products.findByCode("ONE-1").orElseThrow());
        assertThat(now.name()).isEqualTo("Premier modèle");
        assertThat(now.onSale()).isFalse();
        assertThat(admin.get("/customers/products?q=modele")
                        .html()
                        .select("#product-results tbody")
                        .text())
                .contains("ONE-1");
        assertThat(fixtures.staff(tenant, "seller", Role.SELLER)
                        .get("/customers/products")
                        .status())
                .isEqualTo(403);
    }

    private static Document upload(TenantHttp.Client admin, String csv) {
        String token = admin.csrfToken("/customers/products/import");
        return admin.postMultipart(
                        "/customers/products/import",
                        Map.of("_csrf", token),
                        "file",
                        "produits.csv",
                        csv.getBytes(StandardCharsets.UTF_8))
                .html();
    }
}
