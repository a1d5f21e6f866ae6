package guichet.claims.web;

import guichet.claims.search.TicketQuery;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.filters.Audiences;
import guichet.platform.filters.SavedFilterId;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.NotFound;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The staff's ticket lists narrowed to a group of customers: a saved filter of the customer list, used as an audience
 * through platform core's {@link Audiences}. The audience's customers are resolved within the user's access, so the
 * narrowed query never reaches further than the list did: a sales representative's audience holds his customers only.
 */
@Component
public class TicketAudiences {

    /** The most customers an audience may hold to filter tickets by (their ids go into the search as a list). */
    public static final int LIMIT = 5_000;

    private final Audiences audiences;

    TicketAudiences(Audiences audiences) {
        this.audiences = audiences;
    }

    /**
     * A query narrowed to an audience's customers.
     *
     * @param query the query to run: the given one, or the same within the audience's customers only
     * @param tooLarge whether the audience held more than {@link #LIMIT} customers, in which case the query finds
     *     nothing rather than something else than asked
     */
    public record Narrowed(TicketQuery query, boolean tooLarge) {}

    /** The audiences the signed-in user may pick, for the list's filter form. */
    public List<Audiences.Audience> available() {
        return audiences.available();
    }

    /**
     * The query narrowed to the customers of this audience, or as it is without one.
     *
     * @throws NotFound if the user may not use that audience (another's private filter, another tenant's)
     */
    public Narrowed narrow(TicketQuery query, @Nullable UUID audience) {
        if (audience == null) {
            return new Narrowed(query, false);
        }
        Page<CustomerId> customers = audiences.customers(new SavedFilterId(audience), PageRequest.of(0, LIMIT));
        if (customers.hasNext()) {
            return new Narrowed(query.withAccess(CustomerAccess.NOBODY), true);
        }
        Set<CustomerId> members = new HashSet<>(customers.getContent());
        return new Narrowed(query.withAccess(new CustomerAccess.Accounts(members)), false);
    }
}
