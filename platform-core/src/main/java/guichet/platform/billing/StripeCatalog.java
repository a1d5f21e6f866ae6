package guichet.platform.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.PriceUpdateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.ProductUpdateParams;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps one Stripe Product per module and one recurring monthly Price in line with the module's price. A price is
 * never changed in Stripe: a new one takes the module's {@code lookup_key} over and the old one is archived.
 */
@Component
class StripeCatalog {

    private final @Nullable StripeClient stripe;

    StripeCatalog(StripeAccess access) {
        this.stripe = access.client().orElse(null);
    }

    /** The lookup key of a module's current price: stable, so subscriptions and previews find it by module. */
    static String lookupKey(String moduleId) {
        return "guichet-" + moduleId;
    }

    boolean enabled() {
        return stripe != null;
    }

    /**
     * Publishes a module's price: creates its product the first time (renames it otherwise), creates the new price with
     * the module's lookup key, archives the previous one.
     *
     * @return the product's and the new price's Stripe ids
     * @throws BillingUnavailable when Stripe refuses or cannot be reached
     */
    Published publish(ModulePrice price, String productName) {
        StripeClient client = stripe;
        if (client == null) {
            throw new IllegalStateException("No Stripe configured");
        }
        try {
            String product = price.stripeProductId();
            if (product == null) {
                product = client.v1()
                        .products()
                        .create(ProductCreateParams.builder()
                                .setName(productName)
                                .putMetadata("module", price.moduleId())
                                .build())
                        .getId();
            } else {
                client.v1()
                        .products()
                        .update(
                                product,
                                ProductUpdateParams.builder()
                                        .setName(productName)
                                        .build());
            }
            String created = client.v1()
                    .prices()
                    .create(PriceCreateParams.builder()
                            .setProduct(product)
                            .setCurrency(price.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                            .setUnitAmount(price.minorUnits())
                            .setLookupKey(lookupKey(price.moduleId()))
                            .setTransferLookupKey(true)
                            .setRecurring(PriceCreateParams.Recurring.builder()
                                    .setInterval(PriceCreateParams.Recurring.Interval.MONTH)
                                    .build())
                            .putMetadata("module", price.moduleId())
                            .build())
                    .getId();
            String previous = price.stripePriceId();
            if (previous != null && !previous.equals(created)) {
                client.v1()
                        .prices()
                        .update(
                                previous,
                                PriceUpdateParams.builder().setActive(false).build());
            }
            return new Published(product, created);
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }

    /** Whether Stripe still knows the price by the module's lookup key (a stub's memory does not outlive its JVM). */
    boolean knows(ModulePrice price) {
        StripeClient client = stripe;
        if (client == null || price.stripePriceId() == null) {
            return false;
        }
        try {
            return client
                    .v1()
                    .prices()
                    .list(com.stripe.param.PriceListParams.builder()
                            .addLookupKey(lookupKey(price.moduleId()))
                            .build())
                    .getData()
                    .stream()
                    .anyMatch(found -> found.getId().equals(price.stripePriceId()));
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
    }

    /** A module's product and current price in Stripe. */
    record Published(String productId, String priceId) {}
}
