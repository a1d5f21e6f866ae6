package guichet.customers.sales;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.SellableItem;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductChoicesTest {

    @Test
    void fewerThanTenMatchesAreOfferedAsChoices() {
        ProductChoices choices = ProductChoices.of(products(9));
        assertThat(choices.state()).isEqualTo(ProductChoices.State.CHOICES);
        assertThat(choices.products()).hasSize(9);
    }

    @Test
    void tenMatchesOrMoreAskForMoreLetters() {
        ProductChoices choices = ProductChoices.of(products(10));
        assertThat(choices.state()).isEqualTo(ProductChoices.State.TOO_MANY);
        assertThat(choices.products()).isEmpty();
    }

    @Test
    void noMatchSaysSo() {
        assertThat(ProductChoices.of(List.of()).state()).isEqualTo(ProductChoices.State.NONE);
    }

    private static List<SellableItem> products(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> SellableItem.of(
                        new Product("P-" + i, "Produit " + i, Product.Kind.PRODUCT, null, Instant.now())))
                .toList();
    }
}
