package guichet.stats.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The length of the periods a range is cut into (seed 000: « par périodicité »). */
public enum Period {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** The first day of the period holding this day (weeks begin on Monday). */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** Its name in PostgreSQL's {@code date_trunc}. */
    String truncation() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
