package guichet.claims.web.api;

import guichet.claims.TicketReading;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Message;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.settings.Vocabulary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the claims API answers: tickets, their messages and timeline, counts, settings, similar tickets. */
final class TicketResponses {

    private TicketResponses() {}

    /** A ticket as lists show it. */
    record TicketResponse(
            UUID id,
            String number,
            String title,
            String status,
            String statusLabel,
            String category,
            String priority,
            @Nullable String type,
            String channel,
            @Nullable UUID customerId,
            @Nullable String customerName,
            List<UUID> assigneeIds,
            @Nullable String assigneeNames,
            boolean awaitingCustomer,
            Instant createdAt,
            Instant updatedAt,
            @Nullable String lastActivityBy,
            @Nullable Instant firstResponseDueAt,
            @Nullable Instant resolutionDueAt,
            @Nullable Instant resolvedAt,
            @Nullable Instant closedAt) {

        static TicketResponse of(Claim ticket, Vocabulary vocabulary) {
            return new TicketResponse(
                    ticket.id().value(),
                    ticket.number(),
                    ticket.title(),
                    ticket.status(),
                    vocabulary.status(ticket.status()),
                    ticket.category().name(),
                    ticket.priority(),
                    ticket.type().orElse(null),
                    ticket.channel().name(),
                    ticket.customer().map(c -> c.value()).orElse(null),
                    ticket.customerName().orElse(null),
                    ticket.assignees().stream().map(u -> u.value()).toList(),
                    ticket.assigneeNames().orElse(null),
                    ticket.awaitingCustomer(),
                    ticket.createdAt(),
                    ticket.updatedAt(),
                    ticket.lastActivityBy().orElse(null),
                    ticket.firstResponseDueAt().orElse(null),
                    ticket.resolutionDueAt().orElse(null),
                    ticket.resolvedAt().orElse(null),
                    ticket.closedAt().orElse(null));
        }
    }

    /** A message or, for the staff, a hidden note, with who wrote it. */
    record MessageResponse(UUID id, boolean hidden, boolean fromStaff, String author, String body, Instant createdAt) {

        static MessageResponse of(Message message) {
            return new MessageResponse(
                    message.id(),
                    message.hidden(),
                    message.fromStaff(),
                    message.authorName(),
                    message.body(),
                    message.createdAt());
        }
    }

    /** One action of the timeline. */
    record TimelineResponse(
            Instant at,
            String actor,
            String action,
            @Nullable String field,
            @Nullable String from,
            @Nullable String to) {

        static TimelineResponse of(TimelineEntry entry) {
            return new TimelineResponse(
                    entry.occurredAt(),
                    entry.actorName(),
                    entry.action().name(),
                    entry.field(),
                    entry.fromValue(),
                    entry.toValue());
        }
    }

    /** A ticket with its messages, timeline and rating. */
    record TicketDetailResponse(
            TicketResponse ticket,
            @Nullable String productName,
            List<MessageResponse> messages,
            List<TimelineResponse> timeline,
            @Nullable Integer rating,
            @Nullable String ratingComment) {

        static TicketDetailResponse of(TicketReading.TicketView view, Vocabulary vocabulary) {
            return new TicketDetailResponse(
                    TicketResponse.of(view.ticket(), vocabulary),
                    view.product().map(p -> p.name()).orElse(null),
                    view.messages().stream().map(MessageResponse::of).toList(),
                    view.timeline().stream().map(TimelineResponse::of).toList(),
                    view.rating().map(r -> r.score()).orElse(null),
                    view.rating().flatMap(r -> r.comment()).orElse(null));
        }
    }

    /** A resolved ticket like a draft, with its resolution. */
    record SimilarResponse(
            String number, String title, @Nullable String resolution) {

        static SimilarResponse of(TicketReading.Similar similar) {
            return new SimilarResponse(
                    similar.ticket().number(),
                    similar.ticket().title(),
                    similar.resolution().orElse(null));
        }
    }

    /** The dashboard's counts. */
    record CountsResponse(long newTickets, long inProgress, long waiting, long overdue, long closedToday) {}

    /** A configured code and its label in the asked language. */
    record ChoiceResponse(
            String code, String label, @Nullable String category, boolean active) {}

    /** The tenant's statuses, types and priorities. */
    record SettingsResponse(
            List<ChoiceResponse> statuses, List<ChoiceResponse> types, List<ChoiceResponse> priorities) {

        static SettingsResponse of(Vocabulary vocabulary) {
            return new SettingsResponse(
                    vocabulary.statuses().stream()
                            .map(s -> new ChoiceResponse(
                                    s.code(),
                                    vocabulary.status(s.code()),
                                    s.category().name(),
                                    s.active()))
                            .toList(),
                    vocabulary.types().stream()
                            .map(t -> new ChoiceResponse(t.code(), vocabulary.type(t.code()), null, t.active()))
                            .toList(),
                    vocabulary.priorities().stream()
                            .map(p -> new ChoiceResponse(p.code(), vocabulary.priority(p.code()), null, p.active()))
                            .toList());
        }
    }
}
