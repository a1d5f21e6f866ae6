package guichet.platform.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Amounts as people read and type them in one language: {@code 1 234,50 €} in French, {@code €1,234.50} in English.
 * Reading is lenient about the way people type, never about the amount: spaces, the currency's code or symbol,
 * Arabic-Indic digits and either a comma or a dot as the decimal mark are accepted, a number with more decimals than the
 * currency has is refused rather than rounded.
 */
public final class MoneyFormat {

    private static final int LONGEST = 40;
    private static final Pattern NUMBER = Pattern.compile("[0-9.,]*[0-9][0-9.,]*");
    private static final BigDecimal EXAMPLE = new BigDecimal("1234.5");
    private static final Map<Currency, List<String>> SYMBOLS = new ConcurrentHashMap<>();

    private MoneyFormat() {}

    /** The amount with its currency, grouped, as the language writes it: {@code 1 234,50 €}. */
    public static String format(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        int decimals = Money.decimalsOf(money.currency());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(money.amount());
    }

    /**
     * An amount as Stripe counts it, in the currency's smallest unit ({@code 1250, "eur"} is {@code 12,50 €}), as the
     * language writes it.
     */
    public static String formatMinor(long minorUnits, String currencyCode, Locale locale) {
        return format(Money.ofMinor(minorUnits, Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT))), locale);
    }

    /** An amount of a price list, rounded half-even to the currency's decimals, as the language writes it. */
    public static String format(BigDecimal amount, Currency currency, Locale locale) {
        return format(Money.rounded(amount, currency, java.math.RoundingMode.HALF_EVEN), locale);
    }

    /** The amount as a form field shows it to be changed: the language's decimal mark, no grouping nor currency. */
    public static String plain(Money money, Locale locale) {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
        int decimals = Money.decimalsOf(money.currency());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(false);
        return format.format(money.amount());
    }

    /**
     * What was typed, as an amount of the currency. When only one kind of mark appears once, it is the decimal mark,
     * unless it is the language's grouping mark followed by three digits ({@code 1,234} in English is a thousand);
     * when both appear, the last one is.
     *
     * @throws AmountRejected if it is no number, or has more decimals than the currency
     */
    public static Money parse(String typed, Currency currency, Locale locale) {
        int decimals = Money.decimalsOf(currency);
        String example = plain(Money.rounded(EXAMPLE, currency, java.math.RoundingMode.DOWN), locale);
        String text = withoutCurrency(asciiDigits(typed.strip()), currency);
        boolean negative = text.startsWith("-");
        if (negative || text.startsWith("+")) {
            // The sign may come before the symbol, as in English: -€12.50.
            text = withoutCurrency(text.substring(1), currency);
        }
        if (text.length() > LONGEST || !NUMBER.matcher(text).matches()) {
            throw new AmountRejected("money.error.unreadable", typed.strip(), example);
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(normalised(text, locale));
        } catch (NumberFormatException e) {
            throw new AmountRejected("money.error.unreadable", typed.strip(), example);
        }
        if (Math.max(0, amount.stripTrailingZeros().scale()) > decimals) {
            String name = currency.getDisplayName(locale);
            throw decimals == 0
                    ? new AmountRejected("money.error.no-decimals", name, example)
                    : new AmountRejected("money.error.decimals", name, decimals, example);
        }
        return Money.of(negative ? amount.negate() : amount, currency);
    }

    /** The number with a dot as its decimal mark and no grouping. */
    private static String normalised(String text, Locale locale) {
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        char decimal;
        if (dot >= 0 && comma >= 0) {
            decimal = dot > comma ? '.' : ',';
        } else if (dot < 0 && comma < 0) {
            return text;
        } else {
            char mark = dot >= 0 ? '.' : ',';
            int first = text.indexOf(mark);
            int last = text.lastIndexOf(mark);
            boolean grouping = first != last
                    || (mark == DecimalFormatSymbols.getInstance(locale).getGroupingSeparator()
                            && first > 0
                            && text.length() - last - 1 == 3);
            decimal = grouping ? 'x' : mark;
        }
        if (text.indexOf(decimal) != text.lastIndexOf(decimal)) {
            throw new NumberFormatException("Two decimal marks in " + text);
        }
        StringBuilder number = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == decimal) {
                number.append('.');
            } else if (Character.isDigit(c)) {
                number.append(c);
            }
        }
        return number.toString();
    }

    /**
     * Every decimal digit as an ASCII one, the Arabic decimal and grouping marks as a dot and a comma, minus signs as a
     * hyphen, and spaces, direction marks and apostrophes (Swiss grouping) gone.
     */
    private static String asciiDigits(String typed) {
        StringBuilder text = new StringBuilder();
        typed.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                text.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '\u066B') {
                text.append('.');
            } else if (c == '\u066C') {
                text.append(',');
            } else if (c == '\u2212') {
                text.append('-');
            } else if (!Character.isSpaceChar(c)
                    && !Character.isWhitespace(c)
                    && Character.getType(c) != Character.FORMAT
                    && c != '\''
                    && c != '\u2019') {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }

    /** The text without the currency's code or any of its symbols, before or after the number. */
    private static String withoutCurrency(String text, Currency currency) {
        String rest = text;
        for (String symbol : symbols(currency)) {
            String lower = rest.toLowerCase(Locale.ROOT);
            String mark = symbol.toLowerCase(Locale.ROOT);
            if (lower.startsWith(mark)) {
                rest = rest.substring(symbol.length());
            } else if (lower.endsWith(mark)) {
                rest = rest.substring(0, rest.length() - symbol.length());
            }
        }
        return rest;
    }

    /** The currency's code and its symbols in every language, spaces and marks removed, longest first. */
    private static List<String> symbols(Currency currency) {
        return SYMBOLS.computeIfAbsent(
                currency,
                c -> Stream.concat(
                                Stream.of(c.getCurrencyCode()),
                                Stream.of(Locale.getAvailableLocales()).map(c::getSymbol))
                        .map(MoneyFormat::asciiDigits)
                        .filter(Objects::nonNull)
                        .filter(s -> !s.isEmpty() && !NUMBER.matcher(s).matches())
                        .distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .toList());
    }
}
