package guichet.claims.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the claims API accepts. */
final class TicketRequests {

    private TicketRequests() {}

    /**
     * A new ticket. Staff name the customer; a customer's own ticket is his, about one of his purchases ({@code sale}).
     */
    record OpenTicketRequest(
            String title,
            String description,
            @Nullable UUID customerId,
            @Nullable UUID saleId,
            @Nullable UUID productId,
            @Nullable String type,
            @Nullable String priority,
            @Nullable List<UUID> assigneeIds,
            @Nullable String hiddenNote) {}

    /** A message: {@code reply} (public), {@code note} (hidden, staff only) or {@code precision} (staff question). */
    record MessageRequest(
            String body, @Nullable String kind, @Nullable List<UUID> mentionIds) {}

    /**
     * A status change: a status code of the tenant's, or one of the actions {@code resolve}, {@code close},
     * {@code reopen}, {@code cancel} (with a reason).
     */
    record StatusRequest(
            @Nullable String status,
            @Nullable String action,
            @Nullable String reason) {}

    /** Fields to change; null ones stay. */
    record EditTicketRequest(
            @Nullable String title,
            @Nullable String type,
            @Nullable String priority,
            @Nullable UUID productId) {}

    /** Who is assigned (empty: nobody). */
    record AssigneesRequest(List<UUID> assigneeIds) {}

    /** A reminder at a date and time. */
    record ReminderRequest(Instant dueAt, @Nullable String note) {}

    /** The customer to attach the ticket to. */
    record CustomerRequest(UUID customerId) {}

    /** A rating, 1 to 5, and a comment. */
    record RatingRequest(int score, @Nullable String comment) {}
}
