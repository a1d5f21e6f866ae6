package guichet.stats.dashboard;

import guichet.platform.figures.Measure.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * One number of a figure: the facts counted and the sum of their values, for a member over a period.
 *
 * @param drill the page listing what it counts, if any
 */
public record Cell(
        Aggregate aggregate,
        long count,
        long total,
        @Nullable String drill) {

    /**
     * What the figure shows: the count, a mean duration in hours, a mean score, a rate in per cent, a sum; null for a mean of nothing.
     */
    public @Nullable Double value() {
        return switch (aggregate) {
            case COUNT -> (double) count;
            case MEAN_DURATION -> count == 0 ? null : total / 3600.0 / count;
            case MEAN_SCORE, RATE -> count == 0 ? null : (double) total / count;
            case SUM -> (double) total;
        };
    }

    /** The value as the table and the export write it: an integer count or sum, or a mean with one decimal. */
    public String text(java.util.Locale language) {
        Double value = value();
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(language);
        boolean whole = aggregate == Aggregate.COUNT || aggregate == Aggregate.SUM;
        format.setMaximumFractionDigits(whole ? 0 : 1);
        format.setMinimumFractionDigits(whole ? 0 : 1);
        return format.format(value);
    }
}
