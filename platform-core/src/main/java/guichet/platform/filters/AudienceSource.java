package guichet.platform.filters;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.CustomerId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A list whose saved filters select customers, so that other modules may use them as audiences (see {@link
 * Audiences}). The module that owns the list registers one as a bean: it alone knows what its query string means, so
 * platform core never reads another module's criteria.
 */
public interface AudienceSource {

    /** The key of the {@link FilterableList} whose saved filters this source resolves, such as {@code customers.list}. */
    String listKey();

    /**
     * One page of the customers the list shows with a saved query, within an access, in a stable order (so that paging
     * through them sees each once). Criteria the list does not know are ignored, as the list page ignores them.
     *
     * @param query a saved filter's query string, as {@link FilterQuery#normalized} keeps it
     * @param access whose customers may be returned: the user's who asks, never more
     */
    Page<CustomerId> customers(String query, CustomerAccess access, Pageable page);
}
