package guichet.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import com.stripe.model.Price;
import com.stripe.param.PriceListParams;
import guichet.devstack.stripe.StripeStub;
import guichet.platform.testing.DepotModule;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The platform owner prices each module in the console; Guichet publishes the price to Stripe (here the local stub,
 * read back through Stripe's real SDK) as one product and one monthly price found by the module's lookup key.
 */
@GuichetTest
@Import(DepotModule.class)
class ModulePricesWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestAccounts accounts;

    @Test
    void aModulesPriceIsPublishedToStripeAndAChangeReplacesIt() throws Exception {
        TenantHttp.Client owner = owner();

        TenantHttp.Page saved = owner.postForm("/modules/depot/price", fields(owner, "19,90", "EUR"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Price first = currentPrice();
        assertThat(first.getUnitAmount()).isEqualTo(1990L);
        assertThat(first.getCurrency()).isEqualTo("eur");
        assertThat(first.getRecurring().getInterval()).isEqualTo("month");
        assertThat(stripe().v1().products().retrieve(first.getProduct()).getMetadata())
                .containsEntry("module", "depot");
        Document page = owner.get("/modules").html();
        assertThat(page.select("#price-depot .stripe-price").text()).isEqualTo(first.getId());
        assertThat(page.select("#amount-depot").val()).isEqualTo("19.90");

        owner.postForm("/modules/depot/price", fields(owner, "24.5", "EUR"));

        Price second = currentPrice();
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getUnitAmount()).isEqualTo(2450L);
        assertThat(second.getProduct()).isEqualTo(first.getProduct());
        assertThat(stripe().v1().prices().retrieve(first.getId()).getActive()).isFalse();
    }

    @Test
    void anUnreadableOrTooPrecisePriceIsExplainedAndWhatWasTypedIsKept() throws Exception {
        TenantHttp.Client owner = owner();
        owner.postForm("/modules/depot/price", fields(owner, "12", "EUR"));
        String published = currentPrice().getId();

        TenantHttp.Page unreadable = owner.postForm("/modules/depot/price", fields(owner, "douze", "EUR"));
        assertThat(unreadable.status()).isEqualTo(200);
        assertThat(unreadable.html().select("[role=alert]").text()).startsWith("Ce montant n'est pas lisible");
        assertThat(unreadable.html().select("#amount-depot").val()).isEqualTo("douze");

        TenantHttp.Page precise = owner.postForm("/modules/depot/price", fields(owner, "12,345", "EUR"));
        assertThat(precise.html().select("[role=alert]").text()).startsWith("Ce montant a plus de décimales");

        TenantHttp.Page currency = owner.postForm("/modules/depot/price", fields(owner, "12", "XYZ1"));
        assertThat(currency.html().select("[role=alert]").text()).startsWith("Cette devise est inconnue");
        assertThat(currency.html().select("#currency-depot").val()).isEqualTo("XYZ1");

        assertThat(currentPrice().getId()).isEqualTo(published);
    }

    private TenantHttp.Client owner() {
        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        return owner;
    }

    private static Map<String, String> fields(TenantHttp.Client owner, String amount, String currency) {
        return Map.of("amount", amount, "currency", currency, "_csrf", owner.csrfToken("/modules"));
    }

    private static Price currentPrice() throws Exception {
        List<Price> prices = stripe().v1()
                .prices()
                .list(PriceListParams.builder().addLookupKey("guichet-depot").build())
                .getData();
        assertThat(prices).hasSize(1);
        return prices.getFirst();
    }

    private static StripeClient stripe() {
        StripeStub stub = Objects.requireNonNull(StripeStub.current(), "the test profile starts the Stripe stub");
        return StripeClient.builder()
                .setApiKey("sk_test_stub")
                .setApiBase(stub.apiBase())
                .build();
    }
}
