package guichet.quotes.pricing;

import guichet.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a quote's or an invoice's lines: per tax rate the base (the sum of the lines' rounded net amounts) and
 * its tax (computed once on the base, rounded half-up), then the grand net, tax and gross. Every amount is at the
 * currency's minor unit, and the grand totals are exactly the sums of the rates' amounts.
 *
 * @param currency the lines' currency
 * @param byRate one entry per rate used, lowest rate first
 * @param net the sum of the lines' net amounts
 * @param tax the sum of the rates' taxes
 * @param gross net plus tax
 */
public record Totals(Currency currency, List<TaxLine> byRate, Money net, Money tax, Money gross) {

    public Totals {
        byRate = List.copyOf(byRate);
    }

    /**
     * The totals of these lines.
     *
     * @throws Money.CurrencyMismatch if two lines are in two currencies
     */
    public static Totals of(Currency currency, Collection<Line> lines) {
        Map<BigDecimal, Money> bases = new TreeMap<>();
        for (Line line : lines) {
            bases.merge(line.taxRatePercent(), line.net(), Money::plus);
        }
        List<TaxLine> byRate = new ArrayList<>();
        Money net = Money.zero(currency);
        Money tax = Money.zero(currency);
        for (Map.Entry<BigDecimal, Money> rate : bases.entrySet()) {
            Money base = rate.getValue();
            Money rateTax = base.percent(rate.getKey(), RoundingMode.HALF_UP);
            byRate.add(new TaxLine(rate.getKey(), base, rateTax));
            net = net.plus(base);
            tax = tax.plus(rateTax);
        }
        return new Totals(currency, byRate, net, tax, net.plus(tax));
    }

    /** No lines: every total zero. */
    public static Totals none(Currency currency) {
        return of(currency, List.of());
    }
}
