package guichet.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.devstack.stripe.StripeStub;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A price published to one Stripe and looked for in another that never saw it (a new Stripe account, or the local stub
 * after a restart, whose memory does not outlive its JVM): it is found forgotten, and published anew there, product
 * included, although the ids on record name nothing that Stripe knows.
 */
class ForgottenPricesTest {

    private final StripeStub before = StripeStub.start("whsec_before", Clock.systemUTC());
    private final StripeStub after = StripeStub.start("whsec_after", Clock.systemUTC());

    @AfterEach
    void stopStubs() {
        before.close();
        after.close();
    }

    @Test
    void aPriceAnotherStripeNeverSawIsFoundForgottenAndPublishedAnewThere() {
        ModulePrice price =
                new ModulePrice("claims", new BigDecimal("49.00"), Currency.getInstance("EUR"), Instant.now());
        StripeCatalog first = catalogOn(before);
        price.published(first.publish(price, "Réclamations"));
        assertThat(first.forgotten(List.of(price)))
                .as("the Stripe that published it")
                .isEmpty();

        StripeCatalog second = catalogOn(after);
        assertThat(second.forgotten(List.of(price))).containsExactly(price);

        assertThatThrownBy(() -> second.publish(price, "Réclamations"))
                .as("the product on record names nothing there")
                .isInstanceOf(BillingUnavailable.class);
        price.published(second.publishAnew(price, "Réclamations"));

        assertThat(second.forgotten(List.of(price))).isEmpty();
    }

    private static StripeCatalog catalogOn(StripeStub stub) {
        return new StripeCatalog(new StripeAccess(new StripeSettings("sk_test_stub", stub.apiBase(), null)));
    }
}
