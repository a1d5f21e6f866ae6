package guichet.platform.ids;

import java.util.UUID;

/** A site's identity. */
public record SiteId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
