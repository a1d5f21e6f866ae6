package guichet.platform.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.PriceUpdateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.ProductUpdateParams;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        return publish(price, productName, price.stripeProductId(), price.stripePriceId());
    }

    /**
     * Publishes a price Stripe has forgotten (see {@link #forgotten}) as if for the first time: its product and price
     * ids on record name nothing Stripe knows (a new Stripe account, or the development stub after a restart).
     */
    Published publishAnew(ModulePrice price, String productName) {
        return publish(price, productName, null, null);
    }

    private Published publish(
            ModulePrice price, String productName, @Nullable String knownProduct, @Nullable String previous) {
        StripeClient client = stripe;
        if (client == null) {
            throw new IllegalStateException("No Stripe configured");
        }
        try {
            String product = knownProduct;
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

    /**
     * The prices Stripe no longer knows by their module's lookup key (a stub's memory does not outlive its JVM), asked
     * ten lookup keys at a time, Stripe's most per list.
     */
    List<ModulePrice> forgotten(Collection<ModulePrice> prices) {
        StripeClient client = stripe;
        if (client == null) {
            return List.of();
        }
        List<ModulePrice> published =
                prices.stream().filter(p -> p.stripePriceId() != null).toList();
        Set<String> known = new HashSet<>();
        try {
            for (int from = 0; from < published.size(); from += 10) {
                com.stripe.param.PriceListParams.Builder asked =
                        com.stripe.param.PriceListParams.builder().setLimit(100L);
                published
                        .subList(from, Math.min(from + 10, published.size()))
                        .forEach(p -> asked.addLookupKey(lookupKey(p.moduleId())));
                client.v1().prices().list(asked.build()).getData().forEach(found -> known.add(found.getId()));
            }
        } catch (StripeException e) {
            throw new BillingUnavailable(e);
        }
        return prices.stream().filter(p -> !known.contains(p.stripePriceId())).toList();
    }

    /** A module's product and current price in Stripe. */
    record Published(String productId, String priceId) {}
}
