package guichet.stats.web;

import guichet.stats.dashboard.Period;
import guichet.stats.dashboard.Range;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's range as the page's form and links send it: {@code from} and {@code to} (ISO dates) and
 * {@code period}. Anything missing takes the default, the last thirty days by week; anything wrong is named in
 * {@link #errors()} and replaced by the default, the wrong text kept in the form for the user to correct.
 */
public class DashboardForm {

    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String period;
    private final List<String> errors = new ArrayList<>();

    /** The range asked for, or the default where a part is missing or wrong (its error then listed). */
    public Range range(LocalDate today) {
        errors.clear();
        LocalDate end = date(to, "stats.error.to", today);
        LocalDate start = date(from, "stats.error.from", end.minusDays(29));
        Period length = Period.WEEK;
        if (period != null && !period.isBlank()) {
            try {
                length = Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add("stats.error.period");
            }
        }
        try {
            return new Range(start, end, length);
        } catch (IllegalArgumentException wrong) {
            errors.add(wrong.getMessage());
            return new Range(today.minusDays(29), today, Period.WEEK);
        }
    }

    private LocalDate date(@Nullable String text, String error, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException wrong) {
            errors.add(error);
            return otherwise;
        }
    }

    /** The message keys of what was wrong, after {@link #range(LocalDate)}. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public @Nullable String getPeriod() {
        return period;
    }

    public void setPeriod(@Nullable String period) {
        this.period = period;
    }
}
