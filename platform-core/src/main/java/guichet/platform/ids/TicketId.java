package guichet.platform.ids;

import java.util.UUID;

/** A ticket's identity. */
public record TicketId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
