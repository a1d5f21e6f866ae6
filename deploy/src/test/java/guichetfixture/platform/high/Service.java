package guichetfixture.platform.high;

import guichetfixture.platform.low.Foundation;

/** A service using the kernel, as it may; with {@link Foundation} using it back, the two form a cycle. */
public class Service {
    public String name() {
        return "service";
    }

    public Foundation foundation() {
        return new Foundation();
    }
}
