package guichet.customers.wiki;

import java.util.Map;

/** A wiki change refused: by field, the message key of each problem. */
public class WikiRejected extends RuntimeException {

    private final transient Map<String, String> problems;

    WikiRejected(Map<String, String> problems) {
        super("Wiki change rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
