package guichet.platform.figures;

import java.util.List;
import java.util.Optional;

/**
 * What a module counts, and along which dimensions it may be broken down.
 *
 * @param id unique among all modules, prefixed with the module's id ({@code claims.opened})
 * @param label the message key of its name
 * @param aggregate how the facts' values combine
 * @param direction which way is good news, for decision support
 * @param dimensions the dimensions its facts carry, in the order the dashboard shows them
 */
public record Measure(String id, String label, Aggregate aggregate, Direction direction, List<Dimension> dimensions) {

    public Measure {
        dimensions = List.copyOf(dimensions);
    }

    /** A measure that is neither good nor bad news whichever way it goes. */
    public Measure(String id, String label, Aggregate aggregate, List<Dimension> dimensions) {
        this(id, label, aggregate, Direction.NEUTRAL, dimensions);
    }

    /** How the facts of a measure combine over a period. */
    public enum Aggregate {
        /** The number of facts. */
        COUNT,
        /** The mean of their values, durations in seconds. */
        MEAN_DURATION,
        /** The mean of their values, scores. */
        MEAN_SCORE,
        /** The sum of their values: an amount billed, a volume used. */
        SUM
    }

    /**
     * Which way is good news: fewer claims, more sales, higher satisfaction. Decision support looks for what rises in
     * the measures to lower (and names its causes), and for who gives most of the measures to raise.
     */
    public enum Direction {
        LOWER_IS_BETTER,
        HIGHER_IS_BETTER,
        NEUTRAL
    }

    /** A dimension of the measure by its id. */
    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * A way to break a measure down.
     *
     * @param id short, unique within the measure ({@code site}, {@code type}); {@code customer} is the customer's id,
     *     which decision support ranks customers by
     * @param label the message key of its name
     * @param cause whether its members are things one can act on to move the measure (a product, an agency, a type of
     *     claim), rather than people
     */
    public record Dimension(String id, String label, boolean cause) {

        /** A dimension that names no cause (a customer, a user). */
        public Dimension(String id, String label) {
            this(id, label, false);
        }

        /** The id of the dimension that names the customer. */
        public static final String CUSTOMER = "customer";
    }
}
