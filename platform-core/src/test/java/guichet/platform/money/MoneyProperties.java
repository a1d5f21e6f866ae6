package guichet.platform.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What holds for every amount: an allocation never loses nor invents a minor unit; what is shown reads back. */
class MoneyProperties {

    @Property
    void anAllocationAddsUpToTheAmountAndEachShareIsWithinAMinorUnitOfItsProportion(
            @ForAll("amounts") Money amount,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1_000_000) Integer> weights) {
        if (weights.stream().allMatch(w -> w == 0)) {
            return;
        }
        List<BigDecimal> asDecimals =
                weights.stream().map(w -> BigDecimal.valueOf(w, 2)).toList();
        List<Money> shares = amount.allocate(asDecimals);

        assertThat(shares).hasSameSizeAs(weights);
        assertThat(Money.sum(amount.currency(), shares)).isEqualTo(amount);
        BigInteger total = weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal exact = new BigDecimal(amount.minorUnits().multiply(BigInteger.valueOf(weights.get(i))))
                    .divide(new BigDecimal(total), 10, java.math.RoundingMode.HALF_EVEN);
            BigDecimal share = new BigDecimal(shares.get(i).minorUnits());
            assertThat(share.subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Property
    void equalSharesDifferByAtMostOneMinorUnit(
            @ForAll("amounts") Money amount, @ForAll @IntRange(min = 1, max = 50) int parts) {
        List<Money> shares = amount.allocate(parts);
        assertThat(Money.sum(amount.currency(), shares)).isEqualTo(amount);
        BigInteger largest = shares.stream()
                .map(Money::minorUnits)
                .max(BigInteger::compareTo)
                .orElseThrow();
        BigInteger smallest = shares.stream()
                .map(Money::minorUnits)
                .min(BigInteger::compareTo)
                .orElseThrow();
        assertThat(largest.subtract(smallest)).isLessThanOrEqualTo(BigInteger.ONE);
    }

    @Property
    void whatAPageShowsForEditingReadsBackAsTheSameAmount(
            @ForAll("amounts") Money amount, @ForAll("languages") Locale language) {
        assertThat(MoneyFormat.parse(MoneyFormat.plain(amount, language), amount.currency(), language))
                .isEqualTo(amount);
        assertThat(MoneyFormat.parse(MoneyFormat.format(amount, language), amount.currency(), language))
                .isEqualTo(amount);
    }

    @Provide
    Arbitrary<Money> amounts() {
        Arbitrary<Currency> currencies =
                Arbitraries.of("EUR", "TND", "XOF", "MAD").map(Currency::getInstance);
        return currencies.flatMap(currency -> Arbitraries.longs()
                .between(-1_000_000_000_000L, 1_000_000_000_000L)
                .map(units -> Money.ofMinor(units, currency)));
    }

    @Provide
    Arbitrary<Locale> languages() {
        return Arbitraries.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"));
    }
}
