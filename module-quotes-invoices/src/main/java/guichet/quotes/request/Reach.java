package guichet.quotes.request;

import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.customers.Customers;
import guichet.platform.identity.GuichetUser;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose quote requests and quotes a user reaches, by their customer: the platform's one {@link CustomerAccess} rule
 * (a sales representative his customers', a customer his own and, a reseller, his sub-customers'). A record out of
 * reach is not found, exactly like another tenant's.
 */
@Component
public class Reach {

    private final CustomerAccessPolicy policy;
    private final Customers customers;

    Reach(CustomerAccessPolicy policy, Customers customers) {
        this.policy = policy;
        this.customers = customers;
    }

    public CustomerAccess of(GuichetUser user) {
        return policy.of(user);
    }

    /** Whether the user reaches this customer's records. */
    @Transactional(readOnly = true)
    public boolean allows(GuichetUser user, CustomerId customer) {
        return switch (of(user)) {
            case CustomerAccess.Everyone ignored -> true;
            case CustomerAccess.Accounts accounts -> accounts.customers().contains(customer);
            case CustomerAccess.SalesRep rep ->
                customers.find(customer).map(rep::allows).orElse(false);
        };
    }

    /** The sales representative a staff list is limited to, or null for all. */
    public static @Nullable UUID rep(CustomerAccess access) {
        return access.salesRep().map(UserId::value).orElse(null);
    }

    /** The customers a customer's account lists: his own (and a reseller's sub-customers'); none for staff. */
    public static Set<UUID> accounts(CustomerAccess access) {
        return access instanceof CustomerAccess.Accounts accounts ? accounts.ids() : Set.of();
    }
}
