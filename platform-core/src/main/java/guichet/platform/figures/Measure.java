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
        /**
         * The share of facts that came true, in per cent: each fact's value is 100 (it did) or 0 (not, or not yet), so
         * the mean of the values is the rate and their total divided by 100 the number that came true. A fact that comes
         * true later is withdrawn as a 0 and recorded again as a 100, on the instant of the first (the rate of a period
         * is that of what started in it): prospects converted among those registered. Decision support ranks the
         * members of a rate to raise, highest first.
         */
        RATE,
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
     * @param crosses empty, or the ids of two other dimensions of the measure that this one crosses, the outer first:
     *     its member is their members joined by {@value #JOIN} ({@code segment|productId}; split at the last one, an
     *     inner member never holding one), so that a figure can break one down within the other although the rollups
     *     keep one dimension at a time; the source names its members in full (« Segment · Product ») and each part as
     *     a member of its own dimension. Decision support lists, for a count to raise, each outer member's most
     *     counted inner ones (the products most sold in each segment)
     */
    public record Dimension(String id, String label, boolean cause, List<String> crosses) {

        /** The id of the dimension that names the customer. */
        public static final String CUSTOMER = "customer";

        /** What joins the members of a crossed dimension's two dimensions. */
        public static final String JOIN = "|";

        public Dimension {
            crosses = List.copyOf(crosses);
            if (!crosses.isEmpty() && crosses.size() != 2) {
                throw new IllegalArgumentException("A dimension crosses two others: " + crosses);
            }
        }

        /** A dimension of its own, naming a cause or not. */
        public Dimension(String id, String label, boolean cause) {
            this(id, label, cause, List.of());
        }

        /** A dimension that names no cause (a customer, a user). */
        public Dimension(String id, String label) {
            this(id, label, false);
        }

        /**
         * A dimension crossing two others of the measure: its members are {@code outer|inner}, a cause where the inner
         * one is.
         */
        public static Dimension crossing(String id, String label, Dimension outer, Dimension inner) {
            return new Dimension(id, label, inner.cause(), List.of(outer.id(), inner.id()));
        }

        /** A member of this crossed dimension, from a member of each of its two dimensions. */
        public static String member(String outer, String inner) {
            return outer + JOIN + inner;
        }

        /** Whether it crosses two others. */
        public boolean crossed() {
            return !crosses.isEmpty();
        }
    }
}
