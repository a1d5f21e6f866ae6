package guichet.stats.dashboard;

import guichet.platform.figures.Measure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chart's numbers: a measure over the range's periods, as one row, or broken down by a dimension, a row per member
 * (the most counted first, the others summed in a last row).
 *
 * @param dimension the dimension's id; null for the measure over time
 * @param dimensionLabel the message key of the dimension's name; null for the measure over time
 * @param periods the periods' labels, in the viewer's language
 * @param total the measure over all members
 */
public record Figure(
        Measure measure,
        @Nullable String dimension,
        @Nullable String dimensionLabel,
        List<Range.Slot> slots,
        List<String> periods,
        List<Row> rows,
        Row total) {

    /** The figure's anchor on the page and its file name. */
    public String key() {
        return (measure.id() + (dimension == null ? "" : "-" + dimension)).replace('.', '-');
    }

    /** Whether any fact counts towards it. */
    public boolean isEmpty() {
        return total.total().count() == 0;
    }

    /**
     * A member's numbers.
     *
     * @param member the member's key; empty for the total and for the others
     * @param name what the page shows of it
     */
    public record Row(String member, String name, List<Cell> cells, Cell total) {}
}
