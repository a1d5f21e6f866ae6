package guichet.platform.figures;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, as a figure counts it: a ticket opened, a ticket resolved after so many seconds, a rating.
 *
 * @param measure the measure it counts towards ({@link Measure#id()})
 * @param at when it happened; the statistics count it on that day in the tenant's time zone
 * @param customer the customer it is about, if any: a sales representative's figures count his customers' facts only
 * @param members for each dimension of the measure the fact has a value in, that value (a site's id, a type's code);
 *     a dimension it has no value in is absent
 * @param value what it adds to the measure's total: 1 for a count, a duration in seconds, a score
 */
public record Fact(String measure, Instant at, @Nullable UUID customer, Map<String, String> members, long value) {

    public Fact {
        members = Map.copyOf(members);
    }
}
