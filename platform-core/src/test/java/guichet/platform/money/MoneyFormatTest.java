package guichet.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency TND = Currency.getInstance("TND");
    private static final Currency XOF = Currency.getInstance("XOF");

    @Test
    void anAmountIsShownAsTheLanguageWritesIt() {
        Money price = Money.of("1234.5", "EUR");
        // French groups with a narrow no-break space and puts the symbol after a no-break space.
        assertThat(MoneyFormat.format(price, FR)).isEqualTo("1\u202f234,50\u00a0€");
        assertThat(MoneyFormat.format(price, EN)).isEqualTo("€1,234.50");
        assertThat(MoneyFormat.format(Money.of("1234.5", "TND"), FR)).isEqualTo("1\u202f234,500\u00a0TND");
        assertThat(MoneyFormat.format(Money.of("1234", "XOF"), FR)).isEqualTo("1\u202f234\u00a0F\u202fCFA");
        assertThat(MoneyFormat.format(Money.of("1234.5", "TND"), AR))
                .contains("1,234.500")
                .contains("د.ت.");
        assertThat(MoneyFormat.plain(price, FR)).isEqualTo("1234,50");
        assertThat(MoneyFormat.plain(Money.of("1234", "XOF"), EN)).isEqualTo("1234");
    }

    @Test
    void whatPeopleTypeIsReadLeniently() {
        assertThat(MoneyFormat.parse("12,5", EUR, FR)).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(MoneyFormat.parse("12.5", EUR, FR)).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(MoneyFormat.parse(" 1 234,50 € ", EUR, FR)).isEqualTo(Money.of("1234.50", "EUR"));
        assertThat(MoneyFormat.parse("1\u202f234,50\u00a0€", EUR, FR)).isEqualTo(Money.of("1234.50", "EUR"));
        assertThat(MoneyFormat.parse("1.234,50", EUR, FR)).isEqualTo(Money.of("1234.50", "EUR"));
        assertThat(MoneyFormat.parse("€1,234.50", EUR, EN)).isEqualTo(Money.of("1234.50", "EUR"));
        assertThat(MoneyFormat.parse("1,234", EUR, EN)).isEqualTo(Money.of("1234", "EUR"));
        assertThat(MoneyFormat.parse("1,234", TND, FR)).isEqualTo(Money.of("1.234", "TND"));
        assertThat(MoneyFormat.parse("12 DT", TND, FR)).isEqualTo(Money.of("12", "TND"));
        assertThat(MoneyFormat.parse("1 500 000 FCFA", XOF, FR)).isEqualTo(Money.of("1500000", "XOF"));
        assertThat(MoneyFormat.parse("١٢٫٥٠٠ د.ت.", TND, AR)).isEqualTo(Money.of("12.5", "TND"));
        assertThat(MoneyFormat.parse("-3,20", EUR, FR)).isEqualTo(Money.of("-3.20", "EUR"));
        assertThat(MoneyFormat.parse("7", XOF, FR)).isEqualTo(Money.of("7", "XOF"));
    }

    @Test
    void aNumberWithMoreDecimalsThanTheCurrencyIsRefusedNotRounded() {
        assertThatThrownBy(() -> MoneyFormat.parse("12,345", EUR, FR))
                .isInstanceOfSatisfying(AmountRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("money.error.decimals");
                    assertThat(rejected.arguments()).containsExactly("euro", 2, "1234,50");
                });
        assertThatThrownBy(() -> MoneyFormat.parse("1500,5", XOF, FR))
                .isInstanceOfSatisfying(AmountRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("money.error.no-decimals");
                    assertThat(rejected.arguments()).endsWith("1234");
                });
        assertThat(MoneyFormat.parse("1500,00", XOF, FR)).isEqualTo(Money.of("1500", "XOF"));
    }

    @Test
    void somethingElseThanANumberIsRefusedWithAnExample() {
        for (String typed : new String[] {"douze", "12,50 $ US", "1,2,3.4.5", "", "€", "12-5", "1e5"}) {
            assertThatThrownBy(() -> MoneyFormat.parse(typed, EUR, FR))
                    .as(typed)
                    .isInstanceOfSatisfying(AmountRejected.class, rejected -> {
                        assertThat(rejected.messageKey()).isEqualTo("money.error.unreadable");
                        assertThat(rejected.arguments()).containsExactly(typed.strip(), "1234,50");
                    });
        }
    }
}
