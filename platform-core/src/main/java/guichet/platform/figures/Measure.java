package guichet.platform.figures;

import java.util.List;

/**
 * What a module counts, and along which dimensions it may be broken down.
 *
 * @param id unique among all modules, prefixed with the module's id ({@code claims.opened})
 * @param label the message key of its name
 * @param aggregate how the facts' values combine
 * @param dimensions the dimensions its facts carry, in the order the dashboard shows them
 */
public record Measure(String id, String label, Aggregate aggregate, List<Dimension> dimensions) {

    public Measure {
        dimensions = List.copyOf(dimensions);
    }

    /** How the facts of a measure combine over a period. */
    public enum Aggregate {
        /** The number of facts. */
        COUNT,
        /** The mean of their values, durations in seconds. */
        MEAN_DURATION,
        /** The mean of their values, scores. */
        MEAN_SCORE
    }

    /** A dimension of the measure by its id. */
    public java.util.Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * A way to break a measure down.
     *
     * @param id short, unique within the measure ({@code site}, {@code type})
     * @param label the message key of its name
     */
    public record Dimension(String id, String label) {}
}
