package guichet.customers.sync.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.customers.tables.Workbooks;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The customer sync, the product import page and the product import API refuse a file past the table limits with a
 * message in the person's language, and the server goes on answering.
 */
@GuichetTest
@Import(CustomerFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportLimitsWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TenantHttp http;

    private TenantProfile tenant;
    private TenantHttp.Client admin;
    private String token;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("lim", "customers");
        User user = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        admin = fixtures.signedIn(tenant, user);
        token = fixtures.token(tenant, user);
    }

    @Test
    void theCustomerSyncRefusesAHeaderOfTenThousandColumns() {
        byte[] csv = (",".repeat(9_999) + "\nA1\n").getBytes(StandardCharsets.US_ASCII);
        TenantHttp.Page page = upload("/customers/imports", "clients.csv", csv);
        assertThat(page.html().select("#file-error").text())
                .isEqualTo("La ligne 1 a plus de 200 colonnes : ce fichier n'est pas un tableau de clients ou de"
                        + " produits.");
        assertThat(admin.get("/customers/imports").status()).isEqualTo(200);
    }

    @Test
    void theProductImportRefusesAWorkbookThatUnzipsPastTheLimit() throws IOException {
        TenantHttp.Page page = upload("/customers/products/import", "produits.xlsx", Workbooks.unzippingTo(120));
        assertThat(page.html().select("#file-error").text())
                .isEqualTo("Ce classeur XLSX dépasse 100 Mo une fois décompressé : il ne peut pas être lu.");
        assertThat(admin.get("/customers/products/import").status()).isEqualTo(200);
    }

    @Test
    void theProductApiRefusesAnOversizedBodyInTheClientsLanguage() {
        byte[] body = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) 'x');
        TenantHttp.Page answer = post(body, "en");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("This file is larger than 20 MB. Split it into several files.");
        assertThat(post("code;name\nP1;Routeur\n".getBytes(StandardCharsets.UTF_8), "fr")
                        .body())
                .as("the server still reads a table")
                .contains("\"rows\":1");
    }

    @Test
    void theProductApiRefusesAnOversizedCellInArabic() {
        byte[] body = ("code;name\nP1;" + "x".repeat(40_000) + "\n").getBytes(StandardCharsets.US_ASCII);
        TenantHttp.Page answer = post(body, "ar");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("خلية في السطر", "تتجاوز");
    }

    private TenantHttp.Page upload(String path, String fileName, byte[] content) {
        TenantHttp.Page page =
                admin.postMultipart(path, Map.of("_csrf", admin.csrfToken(path)), "file", fileName, content);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page;
    }

    private TenantHttp.Page post(byte[] body, String language) {
        return admin.send(HttpRequest.newBuilder(admin.uri("/api/customers/products/import"))
                .header("Content-Type", "text/csv")
                .header("Accept-Language", language)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
