package guichet.platform.search;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The search port of platform core: customers and products of the current tenant (a tenant must be bound). Answers are
 * ids, in order, for the caller to load; every customer-related answer stays within the given {@link CustomerAccess}.
 * PostgreSQL is the default engine; a scale-out engine implements the same port. Tickets are the claims module's to
 * search (its own port, {@code guichet.claims.search.TicketSearch}).
 */
public interface SearchEngine {

    /** Totals of customer and ticket lists stop counting here: a list says « more than 10 000 » rather than scan. */
    int COUNT_CAP = 10_000;

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
}
