package guichet.platform.identity;

import static guichet.platform.identity.CorePermissions.HISTORY_VIEW;
import static guichet.platform.identity.CorePermissions.PORTAL_ACCESS;
import static guichet.platform.identity.CorePermissions.PORTAL_SUB_CUSTOMERS;
import static guichet.platform.identity.CorePermissions.SETTINGS_MANAGE;
import static guichet.platform.identity.CorePermissions.USERS_MANAGE;
import static guichet.platform.identity.CorePermissions.USERS_MANAGE_CUSTOMERS;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one role-to-permission matrix of Guichet, documented in {@code docs/security.md} (a test keeps the two equal).
 * Module permissions are named here by their ids; a test checks that every permission a module declares is granted to
 * some role and that nothing here names an unknown permission. The tenant administrator holds every permission.
 */
public final class RolePermissions {

    private static final Map<Role, Set<String>> MATRIX = new EnumMap<>(Role.class);

    static {
        Set<String> agent = Set.of(
                USERS_MANAGE_CUSTOMERS,
                "customers.view",
                "customers.edit",
                "customers.merge",
                "customers.sell",
                "claims.view",
                "claims.create",
                "claims.reply",
                "quotes.view",
                "shops.view",
                "offers.view");
        MATRIX.put(Role.AGENT, agent);
        // Sellers and technicians use each other's pages (seed 004).
        MATRIX.put(Role.SELLER, agent);
        MATRIX.put(
                Role.SALES_REP,
                Set.of(
                        "customers.view",
                        "customers.edit",
                        "customers.export",
                        "claims.view",
                        "claims.create",
                        "claims.reply",
                        "quotes.view",
                        "quotes.edit",
                        "offers.view",
                        "prospection.view",
                        "prospection.edit",
                        "stats.view"));
        MATRIX.put(Role.CUSTOMER, Set.of(PORTAL_ACCESS));
        MATRIX.put(Role.RESELLER, Set.of(PORTAL_ACCESS, PORTAL_SUB_CUSTOMERS));
        MATRIX.put(Role.TENANT_ADMIN, Set.of(USERS_MANAGE, HISTORY_VIEW, SETTINGS_MANAGE));
    }

    private RolePermissions() {}

    /**
     * The permissions the given roles grant together.
     *
     * @param allPermissions every permission that exists (core and modules), which the tenant administrator holds
     */
    public static Set<String> of(Collection<Role> roles, Collection<String> allPermissions) {
        Set<String> granted = new TreeSet<>();
        for (Role role : roles) {
            if (role == Role.TENANT_ADMIN) {
                granted.addAll(allPermissions);
            }
            granted.addAll(MATRIX.getOrDefault(role, Set.of()));
        }
        granted.removeIf(permission -> permission.startsWith("portal.") && !hasCustomerRole(roles));
        return granted;
    }

    /** The permissions a role names explicitly, without the administrator's « everything ». */
    public static Set<String> named(Role role) {
        return MATRIX.getOrDefault(role, Set.of());
    }

    private static boolean hasCustomerRole(Collection<Role> roles) {
        return roles.contains(Role.CUSTOMER) || roles.contains(Role.RESELLER);
    }
}
