package guichet.platform.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount in one currency, always at that currency's minor unit ({@link Currency#getDefaultFractionDigits()}: EUR and
 * MAD 2 decimals, TND 3, XOF none), never a {@code double}. Sums, differences, whole quantities and allocations are
 * exact, and an allocation never loses nor invents a minor unit; what can fall between two minor units (a factor, a
 * percentage) takes a rounding rule, for a tenant its {@link MoneyRule}. Amounts of two currencies are never added nor
 * compared: that throws {@link CurrencyMismatch}.
 *
 * @param amount the amount; one with more decimals than the currency has is refused, fewer are padded ({@code 12.5} EUR
 *     is {@code 12.50})
 * @param currency an ISO 4217 currency that has a minor unit (not {@code XXX} nor gold)
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int decimals = decimalsOf(currency);
        try {
            amount = amount.setScale(decimals, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more decimals than " + currency + " (" + decimals + ")", e);
        }
    }

    /** Exactly this amount; {@link IllegalArgumentException} if it has more decimals than the currency. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Exactly this amount, written with a dot ({@code "12.50"}), in the currency of this ISO code. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** This amount rounded to the currency's minor unit by the given rule. */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return new Money(amount.setScale(decimalsOf(currency), rounding), currency);
    }

    /** So many minor units: {@code ofMinor(1250, EUR)} is 12.50 €, {@code ofMinor(1250, XOF)} 1 250 F CFA. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, decimalsOf(currency)), currency);
    }

    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /** The sum of these amounts, all in {@code currency}; zero when there are none. */
    public static Money sum(Currency currency, Iterable<Money> amounts) {
        Money total = zero(currency);
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    /**
     * How many decimals amounts of this currency have.
     *
     * @throws IllegalArgumentException if the currency has no minor unit (a pseudo-currency such as {@code XXX})
     */
    public static int decimalsOf(Currency currency) {
        int decimals = currency.getDefaultFractionDigits();
        if (decimals < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit");
        }
        return decimals;
    }

    /** The amount counted in minor units (cents, millimes, francs). */
    public BigInteger minorUnits() {
        return amount.unscaledValue();
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** This amount so many times, as a line of {@code quantity} items at this unit price: exact. */
    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** This amount times a factor (a fractional quantity, an exchange rate), rounded to the minor unit by the rule. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return rounded(amount.multiply(factor), currency, rounding);
    }

    /**
     * This percentage of the amount ({@code 19} for 19 % VAT, {@code 7.5} for 7.5 %), rounded to the minor unit by the
     * rule.
     */
    public Money percent(BigDecimal rate, RoundingMode rounding) {
        return rounded(amount.multiply(rate).movePointLeft(2), currency, rounding);
    }

    /**
     * This amount split into {@code parts} shares as equal as the minor unit allows, the first shares getting the
     * minor units left over: 100.00 in 3 is 33.34, 33.33, 33.33. The shares always add up to this amount.
     */
    public List<Money> allocate(int parts) {
        if (parts <= 0) {
            throw new IllegalArgumentException("Allocate among at least one part, not " + parts);
        }
        List<BigDecimal> equal = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            equal.add(BigDecimal.ONE);
        }
        return allocate(equal);
    }

    /**
     * This amount split in proportion to the weights (a discount spread over lines in proportion to their totals), to
     * the minor unit: each share is its exact proportion rounded down, and the minor units left over go one each to the
     * shares whose proportion was cut the most (the first of equals first). The shares always add up to this amount,
     * and each is less than one minor unit from its exact proportion.
     *
     * @param weights zero or more each, not all zero
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("Weights must be zero or more, and at least one: " + weights);
        }
        int scale = weights.stream().mapToInt(w -> Math.max(0, w.scale())).max().orElse(0);
        List<BigInteger> whole =
                weights.stream().map(w -> w.setScale(scale).unscaledValue()).toList();
        BigInteger total = whole.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() == 0) {
            throw new IllegalArgumentException("Weights must not all be zero: " + weights);
        }
        BigInteger units = minorUnits().abs();
        List<BigInteger> shares = new ArrayList<>();
        List<BigInteger> cut = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (BigInteger weight : whole) {
            BigInteger[] division = units.multiply(weight).divideAndRemainder(total);
            shares.add(division[0]);
            cut.add(division[1]);
            given = given.add(division[0]);
        }
        int left = units.subtract(given).intValueExact();
        List<Integer> mostCut = new ArrayList<>();
        for (int i = 0; i < whole.size(); i++) {
            mostCut.add(i);
        }
        // A stable sort keeps the first of equal remainders first.
        mostCut.sort((a, b) -> cut.get(b).compareTo(cut.get(a)));
        for (int i = 0; i < left; i++) {
            int share = mostCut.get(i);
            shares.set(share, shares.get(share).add(BigInteger.ONE));
        }
        int decimals = decimalsOf(currency);
        return shares.stream()
                .map(share -> new Money(new BigDecimal(signum() < 0 ? share.negate() : share, decimals), currency))
                .toList();
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return signum() == 0;
    }

    public boolean isNegative() {
        return signum() < 0;
    }

    public boolean isPositive() {
        return signum() > 0;
    }

    /** Compares two amounts of the same currency; amounts of two currencies are not comparable. */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** The amount and the currency's code, as in logs: {@code 1234.50 EUR}. Pages use {@link MoneyFormat}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatch(this, other);
        }
        return other;
    }

    /** Thrown when amounts of two currencies meet in one sum or comparison. */
    public static class CurrencyMismatch extends IllegalArgumentException {
        public CurrencyMismatch(Money one, Money other) {
            super("Amounts in two currencies: " + one + " and " + other);
        }
    }
}
