package guichet.claims.search;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.TicketId;
import guichet.platform.search.SearchEngine;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The claims module's search port: the current tenant's tickets (a tenant must be bound), in full text and by the
 * lists' filters. Answers are ids, in order, for the caller to load, always within the query's {@link CustomerAccess}.
 * PostgreSQL is the default engine ({@code guichet.search.engine=postgresql}); a scale-out engine implements the same
 * port, as it implements platform core's {@link SearchEngine} for customers and products.
 */
public interface TicketSearch {

    /** Totals of ticket lists stop counting here: a list says « more than 10 000 » rather than scan. */
    int COUNT_CAP = SearchEngine.COUNT_CAP;

    /**
     * A ticket search with text counts its matches up to here; a total at or above it means « many », not counted
     * (ADR 0028).
     */
    int TEXT_COUNT_CAP = 1_000;

    /** Whether a page's total stopped at its cap, so that a list says « more than … » rather than the number. */
    static boolean isCapped(Page<?> page, TicketQuery query) {
        return page.getTotalElements() >= countCap(query);
    }

    /** Whether a capped page's total is only « many » (a text search), rather than « more than the cap ». */
    static boolean isUncounted(Page<?> page, TicketQuery query) {
        return isCapped(page, query) && countCap(query) == TEXT_COUNT_CAP;
    }

    /** Where the total of a ticket search stops counting. */
    static int countCap(TicketQuery query) {
        return query.text() == null || query.text().isBlank() ? COUNT_CAP : TEXT_COUNT_CAP;
    }

    /**
     * A page of tickets matching the query (a customer's own, {@link TicketQuery#publicOnly}, matching his public text
     * and sorted on the activity he sees), sorted by {@code number}, {@code title}, {@code createdAt},
     * {@code customerName}, {@code status}, {@code priority}, {@code type}, {@code assigneeNames},
     * {@code lastActivityBy}, {@code resolutionDueAt}, {@code updatedAt} (the default, latest activity first) or
     * {@code relevance} (with text). The total is capped at {@link #countCap}.
     */
    Page<TicketId> findTickets(TicketQuery query, Pageable page);

    /** How many tickets match, exactly (meant for narrow counts, such as a dashboard's). */
    long countTickets(TicketQuery query);

    /**
     * Resolved and closed tickets most similar to a draft (its title and description), best first: « recherche des
     * anciennes réclamations similaires » (seed 002).
     *
     * @param publicOnly whether a customer asks: only what he may read is matched, never a hidden note
     */
    List<TicketId> findSimilarResolved(String draft, CustomerAccess access, boolean publicOnly, int limit);
}
