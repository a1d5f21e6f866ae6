package guichet.quotes.quote.demo;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Atlas's demo quotes as a seller and the customer find them: two requests in the queue (one call confirmed), a quote
 * in two revisions awaiting the customer, whose differences show, and a draft.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class QuotesDemoWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TenantCatalog catalog;

    @Test
    void atlasHasRequestsAndAQuoteInTwoRevisions() {
        TenantProfile atlas = catalog.find(new TenantId("atlas")).orElseThrow();
        TenantHttp.Client seller = http.tenant(atlas);
        seller.signIn("seller@atlas.demo", "demo");
        TenantHttp.Page list = seller.get("/quotes");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("table.g-quotes tbody tr")).hasSize(2);
        assertThat(seller.get("/quotes/requests").html().select("table.g-requests tbody tr"))
                .hasSize(2);
        String number =
                list.html().select("table.g-quotes tbody tr:contains(Envoyé) a").text();
        TenantHttp.Page quote = seller.get("/quotes/" + number);
        assertThat(quote.html().select(".g-revision").text()).isEqualTo("révision 2");
        TenantHttp.Page diff = seller.get("/quotes/" + number + "/diff?from=1&to=2");
        assertThat(diff.html().select("tr.g-added").text()).contains("Smartphone A15");

        TenantHttp.Client customer = http.tenant(atlas);
        customer.signIn("customer@atlas.demo", "demo");
        assertThat(customer.get("/quotes/my").body()).contains(number);
        assertThat(customer.get("/quotes/my/" + number).html().select(".g-decision"))
                .isNotEmpty();
    }
}
