package guichet.platform.ids;

import java.util.UUID;

/** A product's or service's identity. */
public record ProductId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
