package guichet.platform.billing;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Guichet reaches Stripe ({@code guichet.billing.stripe.*}). With no API key, billing has no Stripe: prices are
 * kept but not published. The dev and test profiles get a local stub's key, address and secret from the developer
 * tooling.
 *
 * @param apiKey a secret key ({@code sk_…}), or {@code null} without Stripe
 * @param apiBase the API's address, {@code null} for Stripe's own
 * @param webhookSecret the webhook endpoint's signing secret ({@code whsec_…}), or {@code null}
 */
@ConfigurationProperties("guichet.billing.stripe")
public record StripeSettings(
        @Nullable String apiKey,
        @Nullable String apiBase,
        @Nullable String webhookSecret) {

    public boolean configured() {
        return apiKey != null && !apiKey.isBlank();
    }
}
