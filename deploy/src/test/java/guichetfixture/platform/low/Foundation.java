package guichetfixture.platform.low;

import guichetfixture.platform.high.Service;

/** A kernel type using a service above it: the upward dependency the layer check must report. */
public class Foundation {
    public String serve() {
        return new Service().name();
    }
}
