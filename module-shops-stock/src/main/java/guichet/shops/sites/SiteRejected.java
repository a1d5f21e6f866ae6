package guichet.shops.sites;

import java.util.Map;

/** Site details the directory refuses, by field, with the message key of each problem. */
public class SiteRejected extends RuntimeException {

    private final transient Map<String, String> problems;

    SiteRejected(Map<String, String> problems) {
        super("Site rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Refuses details when anything is wrong with them. */
    static void ifAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new SiteRejected(problems);
        }
    }

    public Map<String, String> problems() {
        return problems;
    }
}
