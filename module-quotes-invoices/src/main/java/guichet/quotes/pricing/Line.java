package guichet.quotes.pricing;

import guichet.platform.catalog.ItemRef;
import guichet.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a quote or an invoice: so many items at a unit price, less a discount, taxed at a rate. Its
 * {@link #net() net amount} is {@code quantity × unit price × (1 − discount / 100)}, rounded half-up to the currency's
 * minor unit once; its tax is not computed per line but on each rate's base ({@link Totals}).
 *
 * @param description what is sold, as the document prints it (not blank, at most 500 characters)
 * @param item the catalogue item the line was taken from, or {@code null} for a free line
 * @param quantity more than zero; fractional quantities (hours, kilograms) are allowed; kept without trailing zeros
 * @param unitPrice the price of one item before discount and tax, zero or more
 * @param discountPercent 0 to 100
 * @param taxRatePercent 0 to 100 ({@code 20} for 20 % VAT, {@code 5.5} for 5.5 %)
 */
public record Line(
        String description,
        @Nullable ItemRef item,
        BigDecimal quantity,
        Money unitPrice,
        BigDecimal discountPercent,
        BigDecimal taxRatePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Line {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discountPercent, "discountPercent");
        Objects.requireNonNull(taxRatePercent, "taxRatePercent");
        description = description.strip();
        if (description.isEmpty() || description.length() > 500) {
            throw new IllegalArgumentException("A line's description is 1 to 500 characters");
        }
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("A line's quantity is more than zero: " + quantity);
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("A line's unit price is zero or more: " + unitPrice);
        }
        if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A discount is 0 to 100 %: " + discountPercent);
        }
        if (taxRatePercent.signum() < 0 || taxRatePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A tax rate is 0 to 100 %: " + taxRatePercent);
        }
        quantity = normal(quantity);
        taxRatePercent = normal(taxRatePercent);
        discountPercent = normal(discountPercent);
    }

    /** A line without discount. */
    public static Line of(String description, BigDecimal quantity, Money unitPrice, BigDecimal taxRatePercent) {
        return new Line(description, null, quantity, unitPrice, BigDecimal.ZERO, taxRatePercent);
    }

    public Currency currency() {
        return unitPrice.currency();
    }

    /** The amount before discount, exact (not rounded). */
    public BigDecimal exactGross() {
        return unitPrice.amount().multiply(quantity);
    }

    /** The net amount before tax, exact (not rounded). */
    public BigDecimal exactNet() {
        return exactGross().multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED);
    }

    /** The net amount before tax, rounded half-up to the currency's minor unit. */
    public Money net() {
        return Money.rounded(exactNet(), currency(), RoundingMode.HALF_UP);
    }

    /** {@code 20.0} and {@code 20} are one rate: written without trailing zeros, never in exponent form. */
    static BigDecimal normal(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
