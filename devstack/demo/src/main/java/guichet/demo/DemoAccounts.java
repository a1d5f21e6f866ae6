package guichet.demo;

import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.realms.RealmUsers;
import guichet.platform.realms.TenantRealms;
import guichet.platform.sites.Site;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo accounts, password {@code demo}: in every demo tenant {@code admin@<slug>.demo}, {@code agent@…},
 * {@code sales@…}, {@code seller@…} and {@code customer@…}; and {@code owner@platform.demo} for the console.
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "demo";
    /** Lenient enough for the demo password; real tenants keep the platform's policy. */
    static final String DEMO_PASSWORD_POLICY = "length(4) and notUsername";

    private final RealmUsers realmUsers;
    private final Users users;
    private final Clock clock;

    DemoAccounts(RealmUsers realmUsers, Users users, Clock clock) {
        this.realmUsers = realmUsers;
        this.users = users;
        this.clock = clock;
    }

    /** Opens the platform owner's account unless it exists. */
    void owner() {
        String email = "owner@platform.demo";
        if (realmUsers.findByEmail(TenantRealms.PLATFORM_REALM, email).isEmpty()) {
            String subject = realmUsers.create(
                    TenantRealms.PLATFORM_REALM,
                    new RealmUsers.NewAccount(email, "Plateforme", "Propriétaire", PASSWORD, true));
            realmUsers.grant(TenantRealms.PLATFORM_REALM, subject, Role.PLATFORM_OWNER);
        }
    }

    /** Opens a tenant's demo accounts; the tenant must be bound. */
    void tenant(String slug, List<Site> sites, List<Customer> customers) {
        @Nullable Site agency = sites.isEmpty() ? null : sites.getFirst();
        staff(slug, "admin", "Admin", Role.TENANT_ADMIN, null);
        staff(slug, "agent", "Agent", Role.AGENT, agency);
        staff(slug, "sales", "Commercial", Role.SALES_REP, null);
        staff(slug, "seller", "Vendeur", Role.SELLER, agency);
        Customer customer = customers.getFirst();
        String email = "customer@" + slug + ".demo";
        String lastName = customer.lastName() == null ? "Client" : customer.lastName();
        String subject = account(slug, email, customer.firstName(), lastName);
        realmUsers.setRoles(slug, subject, Set.of(Role.CUSTOMER));
        User user = User.customerAccount(customer.id(), email, customer.firstName(), lastName, clock.instant());
        user.linkIdentity(subject, clock.instant());
        user.mirrorRoles(Set.of(Role.CUSTOMER.id()), clock.instant());
        users.save(user);
    }

    private void staff(String slug, String who, String lastName, Role role, @Nullable Site site) {
        String email = who + "@" + slug + ".demo";
        String subject = account(slug, email, "Démo", lastName);
        realmUsers.setRoles(slug, subject, Set.of(role));
        User user = User.staff(email, "Démo", lastName, clock.instant());
        user.linkIdentity(subject, clock.instant());
        user.mirrorRoles(Set.of(role.id()), clock.instant());
        if (site != null) {
            user.workAt(site.id(), clock.instant());
        }
        users.save(user);
    }

    private String account(String slug, String email, @Nullable String firstName, String lastName) {
        return realmUsers
                .findByEmail(slug, email)
                .orElseGet(() ->
                        realmUsers.create(slug, new RealmUsers.NewAccount(email, firstName, lastName, PASSWORD, true)));
    }
}
