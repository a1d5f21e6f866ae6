package guichet.stats.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a dashboard counts, both included, cut into periods.
 *
 * @throws IllegalArgumentException if the range ends before it starts, or holds more than {@link #MOST_PERIODS}
 *     periods
 */
public record Range(LocalDate from, LocalDate to, Period period) {

    /** More periods than a chart can show legibly, or a table a reader can follow. */
    public static final int MOST_PERIODS = 120;

    public Range {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("stats.error.range.order");
        }
        if (count(from, to, period) > MOST_PERIODS) {
            throw new IllegalArgumentException("stats.error.range.periods");
        }
    }

    /** The range's periods, the first and last cut to the range. */
    public List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate start = period.start(from); !start.isAfter(to); start = period.next(start)) {
            LocalDate end = period.next(start).minusDays(1);
            slots.add(new Slot(start, start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
        }
        return slots;
    }

    private static long count(LocalDate from, LocalDate to, Period period) {
        long periods = 0;
        for (LocalDate start = period.start(from); !start.isAfter(to); start = period.next(start)) {
            if (++periods > MOST_PERIODS) {
                break;
            }
        }
        return periods;
    }

    /**
     * One period of the range.
     *
     * @param key the period's first day, as the rollups' {@code date_trunc} gives it
     * @param from its first day within the range
     * @param to its last day within the range
     */
    public record Slot(LocalDate key, LocalDate from, LocalDate to) {}
}
