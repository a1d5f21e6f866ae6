package guichet.platform.ids;

import java.util.UUID;

/** A customer's identity; other modules refer to customers by it. */
public record CustomerId(UUID value) {

    public static CustomerId random() {
        return new CustomerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
