package guichet.platform.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/** A native query assembled from trusted fragments and bound parameters; user input only ever goes in parameters. */
final class Sql {

    private final StringBuilder text;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private int counter;

    Sql(String start) {
        this.text = new StringBuilder(start);
    }

    /** Appends a trusted fragment. */
    Sql append(String fragment) {
        text.append(fragment);
        return this;
    }

    /** Binds a value under a fresh name and returns the placeholder ({@code :p3}) to write in a fragment. */
    String bind(Object value) {
        String name = "p" + counter++;
        parameters.put(name, value);
        return ":" + name;
    }

    /** Another statement over the same bound parameters (a count of the same conditions, say). */
    Sql withText(String otherText) {
        Sql other = new Sql(otherText);
        other.parameters.putAll(parameters);
        other.counter = counter;
        return other;
    }

    Query build(EntityManager entities) {
        Query query = entities.createNativeQuery(text.toString());
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** A LIKE pattern's literal part, with its wildcards escaped (the query says {@code escape '\'}). */
    static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
