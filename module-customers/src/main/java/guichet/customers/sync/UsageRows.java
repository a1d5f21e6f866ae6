package guichet.customers.sync;

import guichet.customers.consumption.MonthlyUsage;
import guichet.customers.consumption.TypedFigure;
import guichet.customers.consumption.Usage;
import guichet.customers.tables.RowProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a synchronised row's month of usage: the month (« 2026-11 », « 11/2026 » or a day of it), the minutes of
 * calls, text messages, data in megabytes and amount billed. A figure the row does not carry keeps the value kept for
 * that month, or zero for a month not kept yet.
 */
final class UsageRows {

    static final List<SyncField> FIGURES = List.of(SyncField.VOICE, SyncField.SMS, SyncField.DATA, SyncField.BILLED);

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})(?:-\\d{1,2})?$");
    private static final Pattern FRENCH = Pattern.compile("^(?:\\d{1,2}/)?(\\d{1,2})/(\\d{4})$");

    private UsageRows() {}

    /** Whether the row carries a month of usage at all. */
    static boolean carries(SyncRow row) {
        return row.has(SyncField.MONTH) || FIGURES.stream().anyMatch(row::has);
    }

    /** Whether the row names a customer, as a row that creates one must. */
    static boolean names(SyncRow row) {
        return row.get(SyncField.LAST_NAME) != null
                || row.get(SyncField.COMPANY_NAME) != null
                || row.get(SyncField.FIRST_NAME) != null;
    }

    /** The month the row names, or null (and a problem) when it names none or a month to come. */
    static @Nullable YearMonth month(SyncRow row, LocalDate today, List<RowProblem> problems) {
        String value = row.get(SyncField.MONTH);
        if (value == null) {
            CustomerSync.problem(problems, row, SyncField.MONTH, "customers.sync.error.month.required");
            return null;
        }
        YearMonth month = parse(value);
        if (month == null) {
            CustomerSync.problem(problems, row, SyncField.MONTH, "customers.sync.error.month.format");
            return null;
        }
        if (month.isAfter(YearMonth.from(today))) {
            CustomerSync.problem(problems, row, SyncField.MONTH, "customers.sync.error.month.future");
            return null;
        }
        return month;
    }

    /** The month's usage after the row, over the one kept (or null), with a problem for each figure unreadable. */
    static MonthlyUsage usage(
            SyncRow row,
            UUID customer,
            YearMonth month,
            @Nullable MonthlyUsage kept,
            @Nullable String segment,
            List<RowProblem> problems) {
        Usage base = kept == null ? Usage.NONE : kept.usage();
        BigDecimal voice = figure(row, SyncField.VOICE, base.voiceMinutes(), problems);
        BigDecimal sms = figure(row, SyncField.SMS, BigDecimal.valueOf(base.sms()), problems);
        BigDecimal data = figure(row, SyncField.DATA, base.dataMb(), problems);
        BigDecimal billed = figure(row, SyncField.BILLED, base.billed(), problems);
        if (sms.stripTrailingZeros().scale() > 0) {
            CustomerSync.problem(problems, row, SyncField.SMS, "customers.sync.error.sms");
        }
        return new MonthlyUsage(customer, month, new Usage(voice, sms.longValue(), data, billed), segment);
    }

    private static BigDecimal figure(SyncRow row, SyncField field, BigDecimal kept, List<RowProblem> problems) {
        if (!row.has(field)) {
            return kept;
        }
        String value = row.get(field);
        if (value == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal figure = TypedFigure.parse(value);
        if (figure == null) {
            CustomerSync.problem(problems, row, field, "customers.sync.error.figure");
            return kept;
        }
        return figure;
    }

    /** The month a value names, or null. */
    static @Nullable YearMonth parse(String value) {
        Matcher iso = ISO.matcher(value);
        Matcher french = FRENCH.matcher(value);
        int year;
        int month;
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
        } else if (french.matches()) {
            year = Integer.parseInt(french.group(2));
            month = Integer.parseInt(french.group(1));
        } else {
            return null;
        }
        return month < 1 || month > 12 || year < 2000 ? null : YearMonth.of(year, month);
    }
}
