package guichet.platform.subscriptions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an unpaid subscription keeps its modules working, and how long a cancelled one's data is kept
 * ({@code guichet.billing.*}).
 *
 * @param grace from the first failed payment until the unpaid modules turn read-only (14 days)
 * @param retention from a cancellation until the data may be deleted (90 days)
 */
@ConfigurationProperties("guichet.billing")
public record BillingSettings(
        @DefaultValue("14d") Duration grace,
        @DefaultValue("90d") Duration retention) {}
