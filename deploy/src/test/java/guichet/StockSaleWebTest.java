package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sale registered in the customers module takes its phone from the seller's shop through core's synchronous port,
 * on atlas's demo (the seller works at Tunis Centre): a phone whose serial number is at Sfax is refused with the
 * shops module's reason and nothing is recorded; the phone in stock at Tunis Centre is sold and leaves its stock.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class StockSaleWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Customers customers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSaleTakesThePhoneFromTheSellersShopOrIsRefusedWithTheReason() {
        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        String number = TenantContext.call(
                atlas.id(),
                () -> transactions.execute(status -> customers
                        .findByEmail("amira.bensalah@example.tn")
                        .getFirst()
                        .number()
                        .value()));
        String token = accounts.accessToken(atlas, "seller@atlas.demo", "demo");
        TenantHttp.Client api = http.tenant(atlas);

        TenantHttp.Page atSfax =
                api.sendJsonWithToken("POST", "/api/customers/sales", sale(number, "356938035643804"), token);
        assertThat(atSfax.status()).as(atSfax.body()).isEqualTo(409);
        assertThat(atSfax.body())
                .contains("\"code\":\"shops.stock.refused.serial.elsewhere\"")
                .contains("Un numéro de série indiqué n'est pas en stock à Boutique Tunis Centre.");
        assertThat(api.getWithToken("/api/shops/stock?site=SFX-01&product=PHN-A15", token)
                        .body())
                .contains("\"quantity\":2");

        TenantHttp.Page atTunis =
                api.sendJsonWithToken("POST", "/api/customers/sales", sale(number, "356938035643801"), token);
        assertThat(atTunis.status()).as(atTunis.body()).isBetween(200, 201);
        assertThat(api.getWithToken("/api/shops/stock?site=TUN-01&product=PHN-A15", token)
                        .body())
                .contains("\"quantity\":2");
        assertThat(api.getWithToken("/api/shops/stock/movements?site=TUN-01&product=PHN-A15&kind=SALE", token)
                        .body())
                .contains("\"serials\":[\"356938035643801\"]", "\"by\":\"seller@atlas.demo\"");

        TenantHttp.Client seller = http.tenant(atlas);
        seller.signIn("seller@atlas.demo", "demo");
        assertThat(seller.get("/shops/stock/items?serial=356938035643801")
                        .html()
                        .select(".g-items")
                        .text())
                .contains("vendu par TUN-01");
    }

    private static String sale(String customerNumber, String serial) {
        return """
                {"customerNumber": "%s", "productCode": "PHN-A15", "serialNumber": "%s", "soldOn": "2026-12-01"}""".formatted(customerNumber, serial);
    }
}
