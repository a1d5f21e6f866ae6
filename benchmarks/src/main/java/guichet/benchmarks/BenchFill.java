package guichet.benchmarks;

/**
 * Fills the benchmark tenant without measuring anything (its data, realm and load accounts, as {@link BenchTenant}
 * does before every benchmark), so that Guichet can then be started on its database and the working day run on it.
 */
public final class BenchFill {

    private BenchFill() {}

    public static void main(String[] args) {
        try (BenchTenant ignored = BenchTenant.start()) {
            // Everything happens in start().
        }
        // The embedded mail server's threads would keep the JVM alive; exiting runs the shutdown hooks that stop it and
        // Keycloak.
        System.exit(0);
    }
}
