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

/**
 * What the portal API answers a customer: exactly what his portal pages show (issue 12). No assignee, priority, SLA
 * deadline (it moves with the priority, an internal choice), last internal actor nor hidden note; the last update is
 * the last activity he can see, so a hidden note or an internal action leaves every answer as it was.
 */
final class PortalResponses {

    private PortalResponses() {}

    /**
     * One of his tickets as his list shows it.
     *
     * @param category where its status stands ({@code NEW}, {@code IN_PROGRESS}, {@code WAITING}, {@code RESOLVED},
     *     {@code CLOSED}): open, he may resolve or close it; else reopen and rate it
     * @param awaitingCustomer whether the staff wait for his answer on an open ticket (« À vous »)
     * @param customerName whose ticket it is, for a reseller's sub-customers; {@code null} for his own
     * @param updatedAt the last activity he can see
     */
    record PortalTicket(
            String number,
            String title,
            String status,
            String statusLabel,
            String category,
            boolean awaitingCustomer,
            @Nullable String type,
            @Nullable String typeLabel,
            @Nullable String customerName,
            Instant createdAt,
            Instant updatedAt) {

        static PortalTicket of(Claim ticket, Vocabulary vocabulary, boolean reseller) {
            return new PortalTicket(
                    ticket.number(),
                    ticket.title(),
                    ticket.status(),
                    vocabulary.status(ticket.status()),
                    ticket.category().name(),
                    ticket.awaitingCustomer() && ticket.isOpen(),
                    ticket.type().orElse(null),
                    ticket.type().map(vocabulary::type).orElse(null),
                    reseller ? ticket.customerName().orElse(null) : null,
                    ticket.createdAt(),
                    ticket.publicUpdatedAt());
        }
    }

    /** A message he can read, with who wrote it. */
    record PortalMessage(UUID id, boolean fromStaff, String author, String body, Instant createdAt) {

        static PortalMessage of(Message message) {
            return new PortalMessage(
                    message.id(), message.fromStaff(), message.authorName(), message.body(), message.createdAt());
        }
    }

    /** One action of the timeline he sees, and the value it set ({@code null}s when it set none he is shown). */
    record PortalEvent(
            Instant at,
            String actor,
            String action,
            @Nullable String field,
            @Nullable String value) {

        static PortalEvent of(TimelineEntry entry) {
            boolean shown = entry.field() != null && !"reason".equals(entry.field());
            return new PortalEvent(
                    entry.occurredAt(),
                    entry.actorName(),
                    entry.action().name(),
                    shown ? entry.field() : null,
                    shown ? entry.toValue() : null);
        }
    }

    /** One of his tickets as its portal page shows it. */
    record PortalTicketDetail(
            PortalTicket ticket,
            @Nullable String productName,
            List<PortalMessage> messages,
            List<PortalEvent> timeline,
            @Nullable Integer rating,
            @Nullable String ratingComment) {

        /** The view must be the customer's ({@code TicketReading.view(ticket, false)}). */
        static PortalTicketDetail of(TicketReading.TicketView view, Vocabulary vocabulary, boolean reseller) {
            Claim ticket = view.ticket();
            return new PortalTicketDetail(
                    PortalTicket.of(ticket, vocabulary, reseller),
                    view.product().map(p -> p.name()).orElse(null),
                    view.messages().stream()
                            .filter(m -> !m.hidden())
                            .map(PortalMessage::of)
                            .toList(),
                    view.timeline().stream()
                            .filter(TimelineEntry::visibleToCustomer)
                            .map(PortalEvent::of)
                            .toList(),
                    view.rating().map(r -> r.score()).orElse(null),
                    view.rating().flatMap(r -> r.comment()).orElse(null));
        }
    }
}
