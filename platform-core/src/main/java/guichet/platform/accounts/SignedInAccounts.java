package guichet.platform.accounts;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.identity.SignedInUsers;
import guichet.platform.modules.Permissions;
import guichet.platform.realms.RealmUsers;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.CustomerRegistered;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps an identity from the tenant's realm onto a Guichet user record, creating it at the first sign-in when Keycloak
 * knows someone Guichet does not yet (a customer who registered himself, an account an operator opened in Keycloak).
 */
@Component
class SignedInAccounts implements SignedInUsers {

    private final Users users;
    private final AccountStates states;
    private final Customers customers;
    private final RealmUsers realmUsers;
    private final CurrentTenant tenant;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignedInAccounts(
            Users users,
            AccountStates states,
            Customers customers,
            RealmUsers realmUsers,
            CurrentTenant tenant,
            Permissions permissions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.states = states;
        this.customers = customers;
        this.realmUsers = realmUsers;
        this.tenant = tenant;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public GuichetUser signIn(Identity identity) {
        TenantProfile profile = tenant.profile();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(identity.roles());
        User user = users.findByIdentitySubject(identity.subject())
                .or(() -> users.findByEmail(identity.email())
                        .filter(u -> u.identitySubject().isEmpty()))
                .orElseGet(() -> firstSignIn(profile, identity, roles));
        if (user.identitySubject().isEmpty()) {
            user.linkIdentity(identity.subject(), clock.instant());
        }
        // Keycloak is the authority on e-mail and roles; the record follows it at each sign-in.
        user.mirrorRoles(roles.stream().map(Role::id).collect(Collectors.toSet()), clock.instant());
        if (!user.email().equalsIgnoreCase(identity.email())) {
            user.rename(identity.email(), identity.firstName(), user.lastName(), clock.instant());
        }
        if (!user.active()) {
            throw new Refused(DISABLED);
        }
        return view(AccountStates.AccountState.of(profile.slug(), user), identity.subject(), roles);
    }

    /** Read from memory once the user is known (no query, no transaction); see {@link AccountStates}. */
    @Override
    public Optional<GuichetUser> current(
            @Nullable UUID userId, String subject, Set<Role> roles, Instant startedAt, boolean token) {
        return states.find(userId, subject)
                .filter(u -> token
                        ? u.standing().acceptsTokenIssuedAt(startedAt)
                        : u.standing().acceptsSessionStartedAt(startedAt))
                .filter(u -> subject.equals(u.subject()))
                .map(u -> view(u, subject, roles));
    }

    private User firstSignIn(TenantProfile profile, Identity identity, Set<Role> roles) {
        String lastName = identity.lastName() == null || identity.lastName().isBlank()
                ? identity.email().substring(0, identity.email().indexOf('@'))
                : identity.lastName();
        if (roles.stream().anyMatch(Role::isStaff)) {
            return users.save(User.staff(identity.email(), identity.firstName(), lastName, clock.instant()));
        }
        boolean registered = roles.isEmpty();
        if (registered) {
            if (!profile.identity().selfRegistration()) {
                throw new Refused(NOT_SET_UP);
            }
            realmUsers.grant(profile.slug(), identity.subject(), Set.of(Role.CUSTOMER));
            roles.add(Role.CUSTOMER);
        }
        // Someone who opens a portal account himself is a customer, never one of the sales team's prospects (issue 12).
        Customer customer = customers.save(Customer.person(
                        customers.nextNumber(),
                        Customer.Stage.CUSTOMER,
                        identity.firstName(),
                        lastName,
                        clock.instant())
                .withContact(identity.email(), null, clock.instant()));
        User account = users.save(
                User.customerAccount(customer.id(), identity.email(), identity.firstName(), lastName, clock.instant()));
        if (registered) {
            events.publishEvent(new CustomerRegistered(
                    TenantContext.require(), account.id(), customer.id(), identity.email(), account.displayName()));
        }
        return account;
    }

    private GuichetUser view(AccountStates.AccountState user, String subject, Set<Role> roles) {
        return new GuichetUser(
                TenantContext.require(),
                user.id(),
                subject,
                user.email(),
                user.displayName(),
                roles,
                permissions.grantedTo(roles),
                user.customer(),
                user.site());
    }
}
