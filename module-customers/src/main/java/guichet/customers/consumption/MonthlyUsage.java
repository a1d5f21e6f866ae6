package guichet.customers.consumption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's usage in one month, as kept.
 *
 * @param segment the segment its figures were counted under
 */
public record MonthlyUsage(
        UUID customer,
        YearMonth month,
        Usage usage,
        @Nullable String segment) {

    /** The day its figures count on: the month's last, when the month is whole. */
    public LocalDate countedOn() {
        return month.atEndOfMonth();
    }
}
