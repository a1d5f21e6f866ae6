package guichet.platform.billing;

/** Stripe refused a request or could not be reached; nothing was changed on Guichet's side. */
public class BillingUnavailable extends RuntimeException {

    public BillingUnavailable(Throwable cause) {
        super("Stripe did not accept the request: " + cause.getMessage(), cause);
    }

    BillingUnavailable(String message) {
        super(message);
    }
}
