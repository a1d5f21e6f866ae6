package guichetfixture.alpha.internal;

/** An internal of module alpha, public in Java but not part of alpha's API. */
public class Secret {
    public String reveal() {
        return "secret";
    }
}
