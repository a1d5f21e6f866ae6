package guichet.quotes.request;

import guichet.platform.catalog.ItemRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One thing a request asks a quote for: a catalogue item (its port reference, with the label it had when asked) or a
 * free description, and how many.
 */
@Embeddable
public class RequestedItem {

    @Column(name = "item_ref")
    private @Nullable String itemRef;

    private String label;
    private int quantity;

    protected RequestedItem() {}

    public RequestedItem(@Nullable ItemRef item, String label, int quantity) {
        this.itemRef = item == null ? null : item.toString();
        this.label = label;
        this.quantity = quantity;
    }

    public Optional<ItemRef> item() {
        return ItemRef.parse(itemRef);
    }

    public String label() {
        return label;
    }

    public int quantity() {
        return quantity;
    }
}
