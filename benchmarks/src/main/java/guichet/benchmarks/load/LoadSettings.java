package guichet.benchmarks.load;

/**
 * What the load accounts and the simulation agree on, from system properties ({@code -Dguichet.load.*}): the tenant,
 * how many agents and portal customers sign in, their addresses and their password.
 *
 * @param tenant the tenant's slug, which is also its realm's name
 * @param agents how many agents ({@code agent-1@load.test} …)
 * @param customers how many portal customers ({@code customer-1@load.test} …)
 * @param password the password every load account signs in with
 */
public record LoadSettings(String tenant, int agents, int customers, String password) {

    /** Long enough for a realm's default policy (ten characters, not the user name nor the address). */
    static final String DEFAULT_PASSWORD = "Charge-de-travail-2026";

    /** The settings the JVM was given, with the defaults of a demo working day on the {@code helpdesk} tenant. */
    public static LoadSettings fromSystem() {
        return new LoadSettings(
                System.getProperty("guichet.load.tenant", "helpdesk"),
                Integer.getInteger("guichet.load.agents", 40),
                Integer.getInteger("guichet.load.customers", 400),
                System.getProperty("guichet.load.password", DEFAULT_PASSWORD));
    }

    /** The address of the {@code n}th agent, from 1. */
    public static String agent(int n) {
        return "agent-" + n + "@load.test";
    }

    /** The address of the {@code n}th portal customer, from 1. */
    public static String customer(int n) {
        return "customer-" + n + "@load.test";
    }
}
