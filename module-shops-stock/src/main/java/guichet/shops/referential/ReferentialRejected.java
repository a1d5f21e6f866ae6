package guichet.shops.referential;

import java.util.List;
import java.util.Map;

/**
 * A change the referential refuses: by field, the message key of each problem, or for a deletion of something still
 * referenced, one key under {@code delete} with the names that refer to it as its arguments.
 */
public class ReferentialRejected extends RuntimeException {

    private final transient Map<String, String> problems;
    private final transient List<Object> arguments;

    ReferentialRejected(Map<String, String> problems, List<Object> arguments) {
        super("Referential change rejected: " + problems);
        this.problems = Map.copyOf(problems);
        this.arguments = List.copyOf(arguments);
    }

    static void ifAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new ReferentialRejected(problems, List.of());
        }
    }

    static ReferentialRejected stillReferenced(String key, Object... arguments) {
        return new ReferentialRejected(Map.of("delete", key), List.of(arguments));
    }

    public Map<String, String> problems() {
        return problems;
    }

    /** The arguments of the message, for a refused deletion. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
