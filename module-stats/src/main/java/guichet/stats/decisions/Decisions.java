package guichet.stats.decisions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What decision support found, each list ranked best first.
 *
 * @param causes what rises in the measures to lower (claims), by cause: a product, an agency, a type
 * @param atRisk customers whose figures turn the wrong way, with the reasons
 * @param best customers who give most of the measures to raise (purchases) over the last year
 * @param rates the members where a rate to raise is highest over the last year (prospects converted, by segment and
 *     zone)
 * @param mostCounted for each member of a crossed dimension's outer one (a segment), the inner members (products) most
 *     counted of a measure to raise over the last year
 * @param recentFrom the first day of the recent window; the window before it ends the day before
 * @param beforeFrom the first day of the window before
 */
public record Decisions(
        List<Cause> causes,
        List<Customer> atRisk,
        List<Customer> best,
        List<Rate> rates,
        List<Group> mostCounted,
        LocalDate recentFrom,
        LocalDate beforeFrom,
        LocalDate today) {

    /**
     * A cause whose measure rose.
     *
     * @param measure the measure's name
     * @param dimension the dimension's name
     * @param name the cause's name
     * @param drill the list of what it counts in the recent window, if any
     */
    public record Cause(
            String measure,
            String dimension,
            String name,
            long recent,
            long before,
            @Nullable String drill) {

        /** The rise in per cent of the window before; null where the cause is new. */
        public @Nullable Long risePercent() {
            return before == 0 ? null : Math.round(100.0 * (recent - before) / before);
        }
    }

    /**
     * A customer decision support points at.
     *
     * @param score the transparent sum of the reasons' points
     * @param reasons why, in the viewer's language, the weightiest first
     * @param link the list of what the first reason counts, if any
     */
    public record Customer(
            String id,
            String name,
            long score,
            List<String> reasons,
            @Nullable String link) {}

    /**
     * A member whose rate is among the highest.
     *
     * @param measure the rate's name
     * @param dimension the dimension's name (segment, zone)
     * @param name the member's name
     * @param count the facts behind the rate (prospects registered)
     * @param succeeded those of them that came true (converted)
     * @param percent the rate, in per cent
     * @param drill the list of what it counts over the year, if any
     */
    public record Rate(
            String measure,
            String dimension,
            String name,
            long count,
            long succeeded,
            double percent,
            @Nullable String drill) {

        /** The rate, rounded to a whole per cent. */
        public long rounded() {
            return Math.round(percent);
        }
    }

    /**
     * A member of an outer dimension (a segment) and what it counts most of (products).
     *
     * @param measure the measure's name
     * @param dimension the outer dimension's name
     * @param name the member's name
     * @param count all it counts over the year
     * @param lines the most counted, the most first
     */
    public record Group(String measure, String dimension, String name, long count, List<Line> lines) {}

    /**
     * One of the most counted within a group.
     *
     * @param drill the list of what it counts over the year, if any
     */
    public record Line(String name, long count, @Nullable String drill) {}
}
