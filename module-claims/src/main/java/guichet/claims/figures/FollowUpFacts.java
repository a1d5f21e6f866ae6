package guichet.claims.figures;

import guichet.claims.sla.BusinessCalendar;
import guichet.platform.figures.Fact;
import guichet.platform.figures.Members;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The facts of how tickets are followed up, read from the claims tables by one query each, for one ticket (the live
 * path, once its change is flushed) or for all (a rebuild): so both count the same.
 *
 * <ul>
 *   <li>the first response: the ticket's first public answer by the staff (the time its row keeps, which only such an
 *       answer sets; a demo ticket opened by staff has none), by the staff member who wrote that message;
 *   <li>each reopening: a change of status, in the ticket's timeline, from a resolved or closed status to an open one
 *       (by the staff or by the customer's answer).
 * </ul>
 */
@Component
class FollowUpFacts {

    private static final String FIRST_RESPONSES = "select t.first_responded_at, (select m.author_user_id"
            + " from clm_message m where m.ticket_id = t.id and m.from_staff and not m.hidden"
            + " and m.created_at = t.first_responded_at order by m.id limit 1), " + TicketRow.columns("t")
            + " from core_ticket t where t.first_responded_at is not null";

    private static final String REOPENINGS = "select e.occurred_at, " + TicketRow.columns("t")
            + " from clm_event e join core_ticket t on t.id = e.ticket_id"
            + " join clm_status f on f.code = e.from_value join clm_status s on s.code = e.to_value"
            + " where e.action = 'CHANGED' and e.field = 'status' and f.category in ('RESOLVED', 'CLOSED')"
            + " and s.category in ('NEW', 'IN_PROGRESS', 'WAITING')";

    private final EntityManager entities;

    FollowUpFacts(EntityManager entities) {
        this.entities = entities;
    }

    /** The first response of a ticket, or of every ticket for {@code null}. */
    void firstResponses(@Nullable UUID ticket, BusinessCalendar calendar, Consumer<Fact> sink) {
        try (Stream<?> rows = query(FIRST_RESPONSES, ticket, "").getResultStream()) {
            rows.forEach(columns -> {
                Object[] c = (Object[]) columns;
                sink.accept(TicketRow.of(c, 2).firstResponse(Members.instant(c[0]), (UUID) c[1], calendar));
            });
        }
    }

    /** Every reopening of every ticket, for {@code null}; the latest of a ticket's, for its id. */
    void reopenings(@Nullable UUID ticket, Consumer<Fact> sink) {
        try (Stream<?> rows = query(REOPENINGS, ticket, " order by e.occurred_at desc limit 1")
                .getResultStream()) {
            rows.forEach(columns -> {
                Object[] c = (Object[]) columns;
                sink.accept(TicketRow.of(c, 1).reopened(Members.instant(c[0])));
            });
        }
    }

    private Query query(String all, @Nullable UUID ticket, String ofOne) {
        if (ticket == null) {
            return entities.createNativeQuery(all);
        }
        entities.flush();
        return entities.createNativeQuery(all + " and t.id = :id" + ofOne).setParameter("id", ticket);
    }
}
