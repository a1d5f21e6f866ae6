package guichet.platform.subscriptions;

import com.stripe.model.checkout.Session;

/**
 * Whoever starts a Checkout for a customer that is no tenant yet (a sign-up) and completes it when Stripe says it is
 * paid: {@link StripeEvents} hands it every completed Checkout whose customer it does not know.
 */
public interface UnclaimedCheckouts {

    /**
     * Completes the Checkout if it is one of the implementation's; it then records the new tenant's subscription
     * through {@link SubscriptionSync#adopt}.
     *
     * @return whether it was one of its
     */
    boolean completed(Session session);
}
