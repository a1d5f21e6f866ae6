package guichet.platform.catalog;

import java.util.Set;

/**
 * A search of sellable items.
 *
 * @param typed the words typed; an item matches when its reference or designation contains all of them
 * @param limit the most items answered
 * @param kinds the kinds searched, every kind the tenant has when empty
 * @param withdrawnToo whether items withdrawn from sale are found too (a past purchase being recorded), not only those
 *     on sale
 */
public record SellableSearch(String typed, int limit, Set<String> kinds, boolean withdrawnToo) {

    public SellableSearch {
        if (limit < 1) {
            throw new IllegalArgumentException("A search answers at least one item, not " + limit);
        }
        kinds = Set.copyOf(kinds);
    }

    /** Items of every kind, on sale, matching what was typed. */
    public static SellableSearch of(String typed, int limit) {
        return new SellableSearch(typed, limit, Set.of(), false);
    }

    /** The same search, among these kinds only. */
    public SellableSearch ofKinds(String... only) {
        return new SellableSearch(typed, limit, Set.of(only), withdrawnToo);
    }

    /** The same search, items withdrawn from sale included. */
    public SellableSearch includingWithdrawn() {
        return new SellableSearch(typed, limit, kinds, true);
    }

    boolean covers(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
