package guichet.platform.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The roles of a tenant's realm. A user may hold several (a seller who is also an agent, seed 004). */
public enum Role {
    /** All rights in the tenant: users, settings, history (« les admin → tous les droits », seed 003). */
    TENANT_ADMIN("tenant-admin", true),
    /** A technician or field agent: answers every request. */
    AGENT("agent", true),
    /** A sales representative: sees only the customers assigned to him and their requests. */
    SALES_REP("sales-rep", true),
    /** Registers sales and opens customer accounts; may also use the agent's pages (seed 004). */
    SELLER("seller", true),
    /** An end customer, on the self-service portal. */
    CUSTOMER("customer", false),
    /** A customer who also acts for the sub-customers linked to him. */
    RESELLER("reseller", false);

    /** The platform realm's role of the platform owner, who runs the console. */
    public static final String PLATFORM_OWNER = "platform-owner";

    private final String id;
    private final boolean staff;

    Role(String id, boolean staff) {
        this.id = id;
        this.staff = staff;
    }

    /** The role's name in Keycloak and in tokens. */
    public String id() {
        return id;
    }

    /** Whether the role belongs to the tenant's staff rather than to its customers. */
    public boolean isStaff() {
        return staff;
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** The Guichet roles among these ids (a token's or a realm's); other ids are ignored. */
    public static Set<Role> allOf(Collection<String> ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        ids.stream().map(Role::fromId).flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }
}
