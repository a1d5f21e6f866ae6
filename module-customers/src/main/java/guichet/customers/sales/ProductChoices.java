package guichet.customers.sales;

import guichet.platform.catalog.SellableItem;
import java.util.List;

/**
 * What the product search offers for what was typed (seed 004): nothing before three letters, the matching products as
 * choices when fewer than ten match, else a request to type more. The products are the catalogue port's items of kind
 * {@code product}.
 */
public record ProductChoices(State state, List<SellableItem> products) {

    /** Why the products are, or are not, offered. */
    public enum State {
        TOO_SHORT,
        NONE,
        CHOICES,
        TOO_MANY
    }

    /** Letters to type before anything is searched. */
    public static final int MIN_LETTERS = 3;

    /** Choices are offered when fewer than this many products match. */
    public static final int MAX_CHOICES = 10;

    public ProductChoices {
        products = List.copyOf(products);
    }

    /** Sorts what the search found (at most {@link #MAX_CHOICES}) into a state. */
    static ProductChoices of(List<SellableItem> found) {
        if (found.isEmpty()) {
            return new ProductChoices(State.NONE, List.of());
        }
        if (found.size() >= MAX_CHOICES) {
            return new ProductChoices(State.TOO_MANY, List.of());
        }
        return new ProductChoices(State.CHOICES, found);
    }

    static ProductChoices tooShort() {
        return new ProductChoices(State.TOO_SHORT, List.of());
    }
}
