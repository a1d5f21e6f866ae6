package guichet.platform.notifications.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the e-mail outbox is dispatched.
 *
 * @param dispatchInterval how often each instance looks for due mails, tenant by tenant
 * @param firstRetry how long after a failed attempt the first retry comes; each further one waits twice as long
 * @param maxRetry the longest wait between two attempts
 * @param giveUpAfter how long after it was written a mail that still fails is given up
 * @param batchSize the most mails of one tenant one dispatch run sends
 * @param senders how many threads of an instance send mails as soon as they are written, each holding a database
 *     connection while the mail server answers; what they cannot take at once waits for the scheduled dispatcher
 */
@ConfigurationProperties("guichet.notifications")
record NotificationsProperties(
        @DefaultValue("5s") Duration dispatchInterval,
        @DefaultValue("15s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("48h") Duration giveUpAfter,
        @DefaultValue("50") int batchSize,
        @DefaultValue("1") int senders) {

    NotificationsProperties {
        if (!isPositive(dispatchInterval) || !isPositive(firstRetry) || !isPositive(giveUpAfter)) {
            throw new IllegalArgumentException(
                    "guichet.notifications.dispatch-interval, first-retry and give-up-after must be positive");
        }
        if (maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("guichet.notifications.max-retry must be at least first-retry");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("guichet.notifications.batch-size must be at least 1");
        }
        if (senders < 1) {
            throw new IllegalArgumentException("guichet.notifications.senders must be at least 1");
        }
    }

    /** The wait after the given number of failed attempts: first-retry, doubling, capped at max-retry. */
    Duration retryDelay(int failedAttempts) {
        int doublings = Math.clamp(failedAttempts - 1L, 0, 30);
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
