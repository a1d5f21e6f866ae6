package guichet.platform.subscriptions.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Amounts as Stripe counts them (smallest unit) and dates, written for the reader, in the tenant's time zone. */
final class Amounts {

    private Amounts() {}

    static String money(long minorUnits, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(minorUnits).movePointLeft(currency.getDefaultFractionDigits()));
    }

    static String money(BigDecimal amount, Currency currency, Locale locale) {
        return money(
                amount.movePointRight(currency.getDefaultFractionDigits()).longValue(),
                currency.getCurrencyCode(),
                locale);
    }

    static String date(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(instant.atZone(zone));
    }
}
