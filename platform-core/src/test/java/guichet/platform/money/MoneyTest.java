package guichet.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency TND = Currency.getInstance("TND");
    private static final Currency XOF = Currency.getInstance("XOF");

    @Test
    void anAmountIsKeptAtItsCurrencysMinorUnit() {
        assertThat(Money.of(new BigDecimal("12.5"), EUR).amount()).hasToString("12.50");
        assertThat(Money.of(new BigDecimal("12.5"), TND).amount()).hasToString("12.500");
        assertThat(Money.of(new BigDecimal("1250"), XOF).amount().scale()).isZero();
        assertThat(Money.ofMinor(1250, EUR)).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(Money.ofMinor(1250, TND)).isEqualTo(Money.of("1.250", "TND"));
        assertThat(Money.ofMinor(1250, XOF).minorUnits()).isEqualTo(1250);
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
        assertThatThrownBy(() -> Money.of("12.505", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1250.5", "XOF")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.2345", "TND")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("12.500", "EUR")).isEqualTo(Money.of("12.5", "EUR"));
    }

    @Test
    void aCurrencyWithoutMinorUnitHoldsNoMoney() {
        assertThatThrownBy(() -> Money.zero(Currency.getInstance("XXX"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(MoneyRule.accepts(Currency.getInstance("XXX"))).isFalse();
        assertThat(MoneyRule.accepts(XOF)).isTrue();
    }

    @Test
    void sumsAndDifferencesAreExact() {
        Money total = Money.sum(TND, List.of(Money.of("0.100", "TND"), Money.of("0.200", "TND")));
        assertThat(total).isEqualTo(Money.of("0.3", "TND"));
        assertThat(total.minus(Money.of("0.300", "TND")).isZero()).isTrue();
        assertThat(Money.of("19.99", "EUR").times(3)).isEqualTo(Money.of("59.97", "EUR"));
        assertThat(Money.sum(EUR, List.of())).isEqualTo(Money.zero(EUR));
        assertThat(Money.of("5", "EUR").minus(Money.of("7", "EUR")).isNegative())
                .isTrue();
    }

    @Test
    void twoCurrenciesAreNeverAddedNorCompared() {
        Money euros = Money.of("10", "EUR");
        Money dinars = Money.of("10", "TND");
        assertThatThrownBy(() -> euros.plus(dinars)).isInstanceOf(Money.CurrencyMismatch.class);
        assertThatThrownBy(() -> euros.minus(dinars)).isInstanceOf(Money.CurrencyMismatch.class);
        assertThatThrownBy(() -> euros.compareTo(dinars)).isInstanceOf(Money.CurrencyMismatch.class);
        assertThatThrownBy(() -> Money.sum(EUR, List.of(euros, dinars))).isInstanceOf(Money.CurrencyMismatch.class);
    }

    @Test
    void aPercentageIsRoundedByTheRuleGiven() {
        Money price = Money.of("0.25", "EUR");
        // 10 % of 0.25 is 0.025: exactly half a cent.
        assertThat(price.percent(BigDecimal.TEN, RoundingMode.HALF_UP)).isEqualTo(Money.of("0.03", "EUR"));
        assertThat(price.percent(BigDecimal.TEN, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.02", "EUR"));
        assertThat(Money.of("1999", "XOF").percent(new BigDecimal("18"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("360", "XOF"));
        assertThat(Money.of("12.345", "TND").percent(new BigDecimal("19"), RoundingMode.DOWN))
                .isEqualTo(Money.of("2.345", "TND"));
    }

    @Test
    void aTenantsRuleRoundsEveryAmountItMakesTheSameWay() {
        MoneyRule banker = new MoneyRule(EUR, RoundingMode.HALF_EVEN);
        assertThat(banker.of(new BigDecimal("2.345"))).isEqualTo(Money.of("2.34", "EUR"));
        assertThat(banker.times(Money.of("0.05", "EUR"), new BigDecimal("0.5"))).isEqualTo(Money.of("0.02", "EUR"));
        assertThat(new MoneyRule(EUR, RoundingMode.HALF_UP).of(new BigDecimal("2.345")))
                .isEqualTo(Money.of("2.35", "EUR"));
        assertThat(new MoneyRule(XOF, RoundingMode.HALF_UP).of(new BigDecimal("99.5")))
                .isEqualTo(Money.of("100", "XOF"));
        assertThatThrownBy(() -> new MoneyRule(EUR, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAllocationGivesTheUnitsLeftOverToTheFirstShares() {
        assertThat(Money.of("100", "EUR").allocate(3))
                .containsExactly(Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR"));
        assertThat(Money.of("100", "XOF").allocate(3))
                .containsExactly(Money.of("34", "XOF"), Money.of("33", "XOF"), Money.of("33", "XOF"));
        assertThat(Money.of("-0.05", "EUR").allocate(2))
                .containsExactly(Money.of("-0.03", "EUR"), Money.of("-0.02", "EUR"));
    }

    @Test
    void aDiscountSpreadOverLinesFollowsTheirWeightsAndLosesNoMillime() {
        List<Money> shares = Money.of("10.000", "TND")
                .allocate(List.of(new BigDecimal("70.5"), new BigDecimal("20"), new BigDecimal("9.5")));
        assertThat(shares)
                .containsExactly(Money.of("7.050", "TND"), Money.of("2.000", "TND"), Money.of("0.950", "TND"));
        List<Money> thirds = Money.of("0.010", "TND").allocate(List.of(BigDecimal.ONE, BigDecimal.TWO, BigDecimal.ONE));
        // Exact shares 2.5, 5 and 2.5 millimes: the half millime left goes to the first of the two cut by half.
        assertThat(thirds)
                .containsExactly(Money.of("0.003", "TND"), Money.of("0.005", "TND"), Money.of("0.002", "TND"));
        assertThatThrownBy(() -> Money.of("1", "EUR").allocate(List.of(BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "EUR").allocate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsCompareWithinTheirCurrency() {
        assertThat(Money.of("10", "EUR").isGreaterThan(Money.of("9.99", "EUR"))).isTrue();
        assertThat(Money.of("10", "EUR").isLessThan(Money.of("10.01", "EUR"))).isTrue();
        assertThat(Money.of("10", "EUR")).hasToString("10.00 EUR");
    }
}
