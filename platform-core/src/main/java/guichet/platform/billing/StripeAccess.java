package guichet.platform.billing;

import com.stripe.StripeClient;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one Stripe client of the application, built from {@link StripeSettings}: Stripe itself with real keys, the
 * developer tooling's stub in the dev and test profiles, none at all without a key.
 */
@Component
public class StripeAccess {

    private final @Nullable StripeClient client;
    private final @Nullable String webhookSecret;

    StripeAccess(StripeSettings settings) {
        if (settings.configured()) {
            StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(settings.apiKey());
            if (settings.apiBase() != null && !settings.apiBase().isBlank()) {
                builder.setApiBase(settings.apiBase());
            }
            this.client = builder.setMaxNetworkRetries(2).build();
        } else {
            this.client = null;
        }
        this.webhookSecret =
                settings.webhookSecret() == null || settings.webhookSecret().isBlank()
                        ? null
                        : settings.webhookSecret();
    }

    /** Whether Stripe is configured: without it, modules are granted by hand only. */
    public boolean enabled() {
        return client != null;
    }

    public Optional<StripeClient> client() {
        return Optional.ofNullable(client);
    }

    /**
     * The client.
     *
     * @throws BillingUnavailable when no Stripe is configured
     */
    public StripeClient require() {
        StripeClient configured = client;
        if (configured == null) {
            throw new BillingUnavailable("No Stripe account is configured");
        }
        return configured;
    }

    /** The signing secret of the webhook endpoint, or empty when none is configured (every webhook is refused). */
    public Optional<String> webhookSecret() {
        return Optional.ofNullable(webhookSecret);
    }
}
