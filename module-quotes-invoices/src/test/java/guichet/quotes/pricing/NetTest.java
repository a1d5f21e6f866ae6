package guichet.quotes.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Rounding per line and per total, for a currency of each minor unit: EUR (2 decimals), TND (3) and XOF (none). */
class NetTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Property(tries = 300)
    void net(
            @ForAll("currencies") Currency currency,
            @ForAll @Size(min = 0, max = 15) List<@From("draft") Draft> drafts) {
        List<Line> lines = drafts.stream().map(d -> d.in(currency)).toList();
        Totals totals = Totals.of(currency, lines);
        int decimals = Money.decimalsOf(currency);

        // The totals are the sums of the rounded lines, and every amount has the currency's decimals.
        Money sumOfLines = Money.sum(currency, lines.stream().map(Line::net).toList());
        assertThat(totals.net()).isEqualTo(sumOfLines);
        assertThat(Money.sum(
                        currency, totals.byRate().stream().map(TaxLine::base).toList()))
                .isEqualTo(totals.net());
        assertThat(Money.sum(
                        currency, totals.byRate().stream().map(TaxLine::tax).toList()))
                .isEqualTo(totals.tax());
        assertThat(totals.gross()).isEqualTo(totals.net().plus(totals.tax()));
        for (Line line : lines) {
            assertThat(line.net().amount().scale()).isEqualTo(decimals);
            BigDecimal cut = line.net()
                    .amount()
                    .subtract(line.exactNet())
                    .movePointRight(decimals)
                    .abs();
            assertThat(cut).isLessThanOrEqualTo(HALF);
        }
        for (TaxLine rate : totals.byRate()) {
            assertThat(rate.base().amount().scale()).isEqualTo(decimals);
            assertThat(rate.tax().amount().scale()).isEqualTo(decimals);
            BigDecimal exactTax =
                    rate.base().amount().multiply(rate.ratePercent()).movePointLeft(2);
            assertThat(rate.tax()
                            .amount()
                            .subtract(exactTax)
                            .movePointRight(decimals)
                            .abs())
                    .isLessThanOrEqualTo(HALF);
            Money linesAtRate = Money.sum(
                    currency,
                    lines.stream()
                            .filter(l -> l.taxRatePercent().compareTo(rate.ratePercent()) == 0)
                            .map(Line::net)
                            .toList());
            assertThat(rate.base()).isEqualTo(linesAtRate);
        }
        assertThat(totals.byRate().stream().map(TaxLine::ratePercent).toList())
                .isSorted()
                .doesNotHaveDuplicates();
        for (Money amount : List.of(totals.net(), totals.tax(), totals.gross())) {
            assertThat(amount.amount().scale()).isEqualTo(decimals);
        }
    }

    @Test
    void aLineRoundsHalfUpOnceAndTheTaxIsTakenOnTheRatesBase() {
        Currency eur = Currency.getInstance("EUR");
        // 3 × 0.335 = 1.005 → 1.01 (half-up); 1.01 + 1.01 = 2.02 at 20 %: tax 0.404 → 0.40, not 0.20 + 0.20 per line.
        Line line = Line.of("Câble", new BigDecimal("3"), Money.of("0.335", "TND"), new BigDecimal("20"));
        assertThat(line.net()).isEqualTo(Money.of("1.005", "TND"));
        Line a = new Line(
                "Clé 4G", null, new BigDecimal("1"), Money.of("1.01", "EUR"), BigDecimal.ZERO, new BigDecimal("20.0"));
        Line b = new Line(
                "Forfait", null, new BigDecimal("1"), Money.of("1.01", "EUR"), BigDecimal.ZERO, new BigDecimal("20"));
        Totals totals = Totals.of(eur, List.of(a, b));
        assertThat(totals.byRate())
                .containsExactly(new TaxLine(new BigDecimal("20"), Money.of("2.02", "EUR"), Money.of("0.40", "EUR")));
        assertThat(totals.gross()).isEqualTo(Money.of("2.42", "EUR"));

        Line discounted = new Line(
                "Mobile", null, new BigDecimal("1"), Money.of("0.25", "EUR"), new BigDecimal("10"), BigDecimal.ZERO);
        assertThat(discounted.net()).isEqualTo(Money.of("0.23", "EUR")); // 0.225 rounds half-up
        Line xof = Line.of("Recharge", new BigDecimal("1.5"), Money.of("125", "XOF"), new BigDecimal("18"));
        assertThat(xof.net()).isEqualTo(Money.of("188", "XOF")); // 187.5 rounds half-up
    }

    @Test
    void aLineRefusesWhatCannotBeSold() {
        Money price = Money.of("10.00", "EUR");
        assertThatThrownBy(() -> Line.of("x", BigDecimal.ZERO, price, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Line.of(" ", BigDecimal.ONE, price, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Line("x", null, BigDecimal.ONE, price, new BigDecimal("101"), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Line.of("x", BigDecimal.ONE, price, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "TND", "XOF").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<Draft> draft() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("10000"))
                .ofScale(3);
        Arbitrary<Long> minorUnits = Arbitraries.longs().between(0, 100_000_000L);
        Arbitrary<BigDecimal> discount = Arbitraries.oneOf(
                Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("100"))
                        .ofScale(2));
        Arbitrary<BigDecimal> rate = Arbitraries.of("0", "5.5", "7", "10", "13", "18", "19", "20", "20.0")
                .map(BigDecimal::new);
        return Combinators.combine(quantity, minorUnits, discount, rate).as(Draft::new);
    }

    /** A line before its currency is chosen. */
    record Draft(BigDecimal quantity, long unitPriceMinorUnits, BigDecimal discount, BigDecimal rate) {
        Line in(Currency currency) {
            return new Line("Ligne", null, quantity, Money.ofMinor(unitPriceMinorUnits, currency), discount, rate);
        }
    }
}
