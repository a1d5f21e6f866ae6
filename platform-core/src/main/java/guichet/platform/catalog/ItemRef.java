package guichet.platform.catalog;

import guichet.platform.ids.ProductId;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which sellable item, across modules: its kind ({@code product}; later {@code offer}, {@code pack}) and its id in the
 * module that defines it. Written {@code product:<uuid>} in forms, links and other modules' rows, so that a quote line
 * names an offer without knowing the offers module.
 *
 * @param kind 2 to 20 lower-case letters, the {@link SellableSource#kind()} of the source that defines the item
 * @param id the item's id in that source
 */
public record ItemRef(String kind, UUID id) {

    /** The kind of platform core's products and services. */
    public static final String PRODUCT = "product";

    private static final Pattern KIND = Pattern.compile("^[a-z]{2,20}$");

    public ItemRef {
        if (!isKind(kind)) {
            throw new IllegalArgumentException("An item's kind is 2 to 20 lower-case letters: " + kind);
        }
    }

    /** A product's or service's reference. */
    public static ItemRef product(ProductId id) {
        return new ItemRef(PRODUCT, id.value());
    }

    /** Whether this is a well-formed kind. */
    public static boolean isKind(@Nullable String kind) {
        return kind != null && KIND.matcher(kind).matches();
    }

    /** The reference this text writes ({@code product:<uuid>}), if it writes one. */
    public static Optional<ItemRef> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon < 0 || !isKind(text.substring(0, colon))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ItemRef(text.substring(0, colon), UUID.fromString(text.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
