package guichet.platform.ids;

import java.util.UUID;

/** A sale's identity. */
public record SaleId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
