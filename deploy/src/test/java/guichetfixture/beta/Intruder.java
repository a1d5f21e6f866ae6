package guichetfixture.beta;

import guichetfixture.alpha.internal.Secret;

/** Module beta reaching into alpha's internals: the violation the modularity test must report. */
public class Intruder {
    public String peek() {
        return new Secret().reveal();
    }
}
