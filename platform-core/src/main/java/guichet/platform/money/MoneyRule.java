package guichet.platform.money;

import guichet.platform.tenancy.TenantProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * How one tenant's amounts are made: its currency, and the one rounding rule applied wherever an amount falls between
 * two minor units (a discount, a VAT rate, a fractional quantity), so that a quote, an invoice and a statistic of the
 * same tenant never round the same amount two ways.
 *
 * @param currency a currency with a minor unit
 * @param rounding one of {@link #ROUNDINGS}
 */
public record MoneyRule(Currency currency, RoundingMode rounding) {

    /**
     * The rounding rules a tenant may choose, its default ({@link TenantProfile#DEFAULT_ROUNDING}) first: half up
     * (commercial: half a minor unit and more rounds away from zero), half even (banker's), half down,
     * always up, always down (truncation). {@code CEILING} and {@code FLOOR}, which round credits and debits apart, and
     * {@code UNNECESSARY}, which fails, are not offered.
     */
    public static final List<RoundingMode> ROUNDINGS = List.of(
            RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN);

    public MoneyRule {
        Money.decimalsOf(currency);
        if (!ROUNDINGS.contains(rounding)) {
            throw new IllegalArgumentException("Not a rounding rule a tenant may have: " + rounding);
        }
    }

    /** Whether amounts can be kept in this currency: it has a minor unit. */
    public static boolean accepts(Currency currency) {
        return currency.getDefaultFractionDigits() >= 0;
    }

    /** This amount in the currency, rounded to its minor unit by the rule. */
    public Money of(BigDecimal amount) {
        return Money.rounded(amount, currency, rounding);
    }

    public Money zero() {
        return Money.zero(currency);
    }

    /** An amount times a factor, rounded by the rule. */
    public Money times(Money amount, BigDecimal factor) {
        return amount.times(factor, rounding);
    }

    /** A percentage of an amount ({@code 19} for 19 %), rounded by the rule. */
    public Money percent(Money amount, BigDecimal rate) {
        return amount.percent(rate, rounding);
    }
}
