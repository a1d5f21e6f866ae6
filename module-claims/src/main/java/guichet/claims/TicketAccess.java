package guichet.claims;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.customers.Customers;
import guichet.platform.identity.GuichetUser;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.NotFound;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose tickets a user reaches: the one {@link CustomerAccess} rule (sales reps their customers', customers their own
 * and, resellers, their sub-customers'). A ticket out of reach is not found, exactly like one of another tenant.
 */
@Component
public class TicketAccess {

    private final Claims tickets;
    private final Customers customers;
    private final CustomerAccessPolicy policy;

    TicketAccess(Claims tickets, Customers customers, CustomerAccessPolicy policy) {
        this.tickets = tickets;
        this.customers = customers;
        this.policy = policy;
    }

    public CustomerAccess of(GuichetUser user) {
        return policy.of(user);
    }

    /**
     * The ticket of this number, if the user may see it.
     *
     * @throws NotFound if there is none, or it is out of the user's reach
     */
    @Transactional(readOnly = true)
    public Claim require(String number, GuichetUser user) {
        return tickets.findByNumber(number)
                .filter(ticket -> allows(of(user), ticket))
                .orElseThrow(() -> new NotFound("Ticket"));
    }

    /** Whether the access reaches the ticket: by its customer, or, for one without, unrestricted staff only. */
    @Transactional(readOnly = true)
    public boolean allows(CustomerAccess access, Claim ticket) {
        Optional<CustomerId> customer = ticket.customer();
        if (customer.isEmpty()) {
            return access.seesUnidentified();
        }
        return switch (access) {
            case CustomerAccess.Everyone ignored -> true;
            case CustomerAccess.Accounts accounts -> accounts.customers().contains(customer.get());
            case CustomerAccess.SalesRep ignored ->
                customers.find(customer.get()).map(access::allows).orElse(false);
        };
    }
}
