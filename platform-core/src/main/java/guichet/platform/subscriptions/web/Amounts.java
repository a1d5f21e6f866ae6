package guichet.platform.subscriptions.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates of the billing pages, written for the reader, in the tenant's time zone. */
final class Amounts {

    private Amounts() {}

    static String date(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(instant.atZone(zone));
    }
}
