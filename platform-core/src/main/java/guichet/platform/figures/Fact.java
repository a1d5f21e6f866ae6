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
 * @param value what it adds to the measure's total: 1 for a count, a duration in seconds, a score, an amount
 * @param count how many facts it counts for: 1, or -1 for a fact withdrawn (a month's usage imported again)
 */
public record Fact(
        String measure, Instant at, @Nullable UUID customer, Map<String, String> members, long value, int count) {

    public Fact {
        members = Map.copyOf(members);
        if (count != 1 && count != -1) {
            throw new IllegalArgumentException("A fact counts once, or is withdrawn: " + count);
        }
    }

    /** A fact that happened. */
    public Fact(String measure, Instant at, @Nullable UUID customer, Map<String, String> members, long value) {
        this(measure, at, customer, members, value, 1);
    }

    /**
     * The same fact, withdrawn: folded, it takes away what this one added, so a module that replaces a record (a
     * month's usage imported again) withdraws its old fact and records the new one in the same transaction.
     */
    public Fact withdrawn() {
        return new Fact(measure, at, customer, members, -value, -count);
    }
}
