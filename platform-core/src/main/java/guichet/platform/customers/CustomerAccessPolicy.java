package guichet.platform.customers;

import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides a user's {@link CustomerAccess}: a sales representative who holds no broader staff role sees his own
 * customers; other staff see everyone; a customer's account sees its customer and, with the reseller's permission, the
 * customers depending on it.
 */
@Component
public class CustomerAccessPolicy {

    private static final Set<Role> UNRESTRICTED_STAFF = EnumSet.of(Role.TENANT_ADMIN, Role.AGENT, Role.SELLER);

    private final Customers customers;

    CustomerAccessPolicy(Customers customers) {
        this.customers = customers;
    }

    /** The access of this user, in the current tenant. */
    public CustomerAccess of(GuichetUser user) {
        if (user.isStaff()) {
            boolean restricted = user.roles().contains(Role.SALES_REP)
                    && user.roles().stream().noneMatch(UNRESTRICTED_STAFF::contains);
            return restricted ? new CustomerAccess.SalesRep(user.id()) : CustomerAccess.EVERYONE;
        }
        if (user.customer() == null) {
            return CustomerAccess.NOBODY;
        }
        Set<CustomerId> visible = new HashSet<>();
        visible.add(user.customer());
        if (user.can(CorePermissions.PORTAL_SUB_CUSTOMERS)) {
            customers.findByResellerId(user.customer().value()).forEach(c -> visible.add(c.id()));
        }
        return new CustomerAccess.Accounts(visible);
    }
}
