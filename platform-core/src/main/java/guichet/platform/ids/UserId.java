package guichet.platform.ids;

import java.util.UUID;

/** A user's identity within a tenant. */
public record UserId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
