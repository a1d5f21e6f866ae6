package guichet.platform.search;

import guichet.platform.catalog.ProductId;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerId;
import guichet.platform.tickets.TicketId;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The search port of Guichet: customers, products and tickets of the current tenant (a tenant must be bound). Answers
 * are ids, in order, for the caller to load; every customer-related answer stays within the given
 * {@link CustomerAccess}. PostgreSQL is the default engine; a scale-out engine implements the same port.
 */
public interface SearchEngine {

    /** Totals of ticket and customer lists stop counting here: a list says « more than 10 000 » rather than scan. */
    int COUNT_CAP = 10_000;

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
     * Customers for search-as-you-type: every typed word starts a word of theirs (or, digits, appears in a phone or
     * number), any order, at most {@code limit}. Fast at a million customers; no particular order.
     */
    List<CustomerId> suggestCustomers(String typed, CustomerAccess access, int limit);

    /**
     * A page of customers matching the query, sorted by {@code number}, {@code name}, {@code companyName},
     * {@code createdAt} or {@code updatedAt} (default: latest updated first). The total is capped at
     * {@link #COUNT_CAP}.
     */
    Page<CustomerId> findCustomers(CustomerQuery query, Pageable page);

    /**
     * Customers who may be the same person as one being created (seed 002): sharing one of these e-mail addresses (any
     * case) or phone numbers (any formatting, 6 digits at least), or whose words are similar to this name (trigram word
     * similarity, accents and case ignored), within {@code access}; shared contacts first, then the most similar names,
     * at most {@code limit}. Merged customers are left out.
     */
    List<CustomerId> likelyDuplicates(
            String name,
            java.util.Collection<String> emails,
            java.util.Collection<String> phones,
            CustomerAccess access,
            int limit);

    /**
     * Products whose reference or designation contains every typed word (anywhere, seed 004), at most {@code limit},
     * by reference.
     */
    List<ProductId> findProducts(String typed, boolean onSaleOnly, int limit);

    /**
     * A page of tickets matching the query, sorted by {@code number}, {@code title}, {@code createdAt},
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
     */
    List<TicketId> findSimilarResolved(String draft, CustomerAccess access, int limit);
}
