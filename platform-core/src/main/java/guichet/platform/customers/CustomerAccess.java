package guichet.platform.customers;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whose customers, and so whose tickets, sales and other records, a user may see. Lists, counts, searches, exports and
 * the API all apply it, so a sales representative never sees another's customers (seed 003) and a customer only
 * himself (and, a reseller, his sub-customers).
 */
public sealed interface CustomerAccess {

    /** Every customer of the tenant: administrators, agents, sellers. */
    record Everyone() implements CustomerAccess {}

    /** The customers a sales representative is in charge of. */
    record SalesRep(UserId rep) implements CustomerAccess {}

    /** These customers only: a customer's account (himself, and a reseller's sub-customers). Empty: nobody. */
    record Accounts(Set<CustomerId> customers) implements CustomerAccess {
        public Accounts {
            customers = Set.copyOf(customers);
        }

        /** The customers' ids, as queries bind them. */
        public Set<UUID> ids() {
            return customers.stream().map(CustomerId::value).collect(Collectors.toUnmodifiableSet());
        }
    }

    CustomerAccess EVERYONE = new Everyone();

    CustomerAccess NOBODY = new Accounts(Set.of());

    /** Whether this customer is visible. */
    default boolean allows(Customer customer) {
        return switch (this) {
            case Everyone ignored -> true;
            case SalesRep(UserId rep) -> customer.salesRep().filter(rep::equals).isPresent();
            case Accounts accounts -> accounts.customers().contains(customer.id());
        };
    }

    /** Whether records without a customer (an e-mail from an unknown address) are visible: to unrestricted staff only. */
    default boolean seesUnidentified() {
        return this instanceof Everyone;
    }

    /** The sales representative the access is limited to, if it is. */
    default Optional<UserId> salesRep() {
        return this instanceof SalesRep(UserId rep) ? Optional.of(rep) : Optional.empty();
    }
}
