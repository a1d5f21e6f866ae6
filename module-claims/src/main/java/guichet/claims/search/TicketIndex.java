package guichet.claims.search;

import guichet.platform.ids.TicketId;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what the default search matches a ticket on: its two full-text vectors (French, English and Arabic), the
 * staff's with the hidden notes and the customer's without, kept beside the ticket's row ({@code clm_ticket_text},
 * ADR 0046) so that a ticket's other changes neither compute them again nor touch their indexes. A new message adds
 * its own words; a change of what the whole text is made of (the title, the customer, a message shown or erased)
 * writes both again.
 *
 * <p>The ticket's own pending changes are flushed first: its row must exist before its vectors, and a change flushed
 * later would update the row a second time.
 */
@Component
@Transactional
public class TicketIndex {

    /** The same languages the queries are parsed in ({@link PostgresTicketSearch}). */
    private static final String VECTOR = "(to_tsvector('pg_catalog.french', %1$s)"
            + " || to_tsvector('pg_catalog.english', %1$s)"
            + " || to_tsvector('pg_catalog.arabic', %1$s))";

    private final EntityManager entities;

    TicketIndex(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Replaces the ticket's searchable texts, both already normalised with {@code SearchText}.
     *
     * @param staffText everything, hidden notes included
     * @param publicText what its customer may read
     */
    public void write(TicketId ticket, String staffText, String publicText) {
        entities.flush();
        entities.createNativeQuery("insert into clm_ticket_text (ticket_id, search_vector, public_search_vector)"
                        + " values (:ticket, " + VECTOR.formatted(":staff") + ", " + VECTOR.formatted(":shown") + ")"
                        + " on conflict (ticket_id) do update set search_vector = excluded.search_vector,"
                        + " public_search_vector = excluded.public_search_vector")
                .setParameter("ticket", ticket.value())
                .setParameter("staff", staffText)
                .setParameter("shown", publicText)
                .executeUpdate();
    }

    /**
     * Adds a new message's words, already normalised with {@code SearchText}, to the staff's text and, unless hidden,
     * to the customer's.
     *
     * @return false if the ticket's texts were never written (then {@link #write} them whole)
     */
    public boolean add(TicketId ticket, String text, boolean hidden) {
        entities.flush();
        return entities.createNativeQuery("update clm_ticket_text x set search_vector = x.search_vector || a.v"
                                + (hidden ? "" : ", public_search_vector = x.public_search_vector || a.v")
                                + " from (select " + VECTOR.formatted(":text") + " as v) a"
                                + " where x.ticket_id = :ticket")
                        .setParameter("ticket", ticket.value())
                        .setParameter("text", text)
                        .executeUpdate()
                == 1;
    }
}
