package guichet.platform.tickets;

import java.util.UUID;

/** A ticket's identity. */
public record TicketId(UUID value) {}
