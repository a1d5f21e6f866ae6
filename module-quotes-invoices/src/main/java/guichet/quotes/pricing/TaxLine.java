package guichet.quotes.pricing;

import guichet.platform.money.Money;
import java.math.BigDecimal;

/**
 * The lines taxed at one rate, as an invoice's totals print them.
 *
 * @param ratePercent the rate, without trailing zeros ({@code 20}, {@code 5.5})
 * @param base the sum of the rounded net amounts of the lines at this rate
 * @param tax the base's tax, computed once and rounded half-up to the minor unit
 */
public record TaxLine(BigDecimal ratePercent, Money base, Money tax) {}
