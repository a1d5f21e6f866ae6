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

    // No default methods here: a class initialises the interfaces it implements that declare some (JLS 12.4.1), so a
    // request creating the first Accounts while another reads NOBODY, whose initialiser creates an Accounts, would
    // each wait for the other's class initialisation for ever (every request thread hung, seen under load).

    /** Every customer of the tenant: administrators, agents, sellers. */
    record Everyone() implements CustomerAccess {
        @Override
        public boolean allows(Customer customer) {
            return true;
        }

        @Override
        public boolean seesUnidentified() {
            return true;
        }

        @Override
        public Optional<UserId> salesRep() {
            return Optional.empty();
        }
    }

    /** The customers a sales representative is in charge of. */
    record SalesRep(UserId rep) implements CustomerAccess {
        @Override
        public boolean allows(Customer customer) {
            return customer.salesRep().filter(rep::equals).isPresent();
        }

        @Override
        public boolean seesUnidentified() {
            return false;
        }

        @Override
        public Optional<UserId> salesRep() {
            return Optional.of(rep);
        }
    }

    /** These customers only: a customer's account (himself, and a reseller's sub-customers). Empty: nobody. */
    record Accounts(Set<CustomerId> customers) implements CustomerAccess {
        public Accounts {
            customers = Set.copyOf(customers);
        }

        /** The customers' ids, as queries bind them. */
        public Set<UUID> ids() {
            return customers.stream().map(CustomerId::value).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public boolean allows(Customer customer) {
            return customers.contains(customer.id());
        }

        @Override
        public boolean seesUnidentified() {
            return false;
        }

        @Override
        public Optional<UserId> salesRep() {
            return Optional.empty();
        }
    }

    CustomerAccess EVERYONE = new Everyone();

    CustomerAccess NOBODY = new Accounts(Set.of());

    /** Whether this customer is visible. */
    boolean allows(Customer customer);

    /** Whether records without a customer (an e-mail from an unknown address) are visible: to unrestricted staff only. */
    boolean seesUnidentified();

    /** The sales representative the access is limited to, if it is. */
    Optional<UserId> salesRep();
}
