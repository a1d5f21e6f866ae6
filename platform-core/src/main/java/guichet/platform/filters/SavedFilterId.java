package guichet.platform.filters;

import java.util.UUID;

/** A saved filter's identity within a tenant. */
public record SavedFilterId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
