package guichet.devstack.stripe;

/** An error the stub answers the way Stripe does: a status and an {@code error} object the SDK turns into its exception. */
final class StubRefusal extends RuntimeException {

    final int status;
    final String code;

    StubRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
