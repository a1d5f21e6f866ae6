package guichet.platform.accounts;

import guichet.platform.contact.ContactDesk;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerNumber;
import guichet.platform.customers.Customers;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.identity.WebSessions;
import guichet.platform.ids.UserId;
import guichet.platform.realms.AccountRejected;
import guichet.platform.realms.PortalOrigins;
import guichet.platform.realms.RealmUsers;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.platform.web.NotFound;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opens, changes, deactivates and reactivates the current tenant's accounts, in its realm and in Guichet together,
 * and records each action in the interaction history. Administrators manage everyone; sellers and agents manage
 * customer accounts only (seed 004). A deactivation ends the user's sessions in Keycloak, deletes his Guichet sessions
 * from the store every instance shares, and refuses his tokens (and any session left) at their next use.
 */
@Service
public class UserAdministration {

    private final Users users;
    private final Customers customers;
    private final StaffSites staffSites;
    private final RealmUsers realm;
    private final CurrentUser currentUser;
    private final InteractionLog history;
    private final Clock clock;
    private final PortalOrigins origins;
    private final CurrentTenant tenant;
    private final WebSessions sessions;
    private final ContactDesk contact;

    UserAdministration(
            Users users,
            Customers customers,
            StaffSites staffSites,
            RealmUsers realm,
            CurrentUser currentUser,
            InteractionLog history,
            Clock clock,
            PortalOrigins origins,
            CurrentTenant tenant,
            WebSessions sessions,
            ContactDesk contact) {
        this.users = users;
        this.customers = customers;
        this.staffSites = staffSites;
        this.realm = realm;
        this.currentUser = currentUser;
        this.history = history;
        this.clock = clock;
        this.origins = origins;
        this.tenant = tenant;
        this.sessions = sessions;
        this.contact = contact;
    }

    /** Opens a staff user's account. */
    @Transactional
    public User openStaff(AccountRequest request) {
        requireManageStaff();
        Set<Role> roles = request.roles().stream().filter(Role::isStaff).collect(Collectors.toSet());
        if (roles.isEmpty()) {
            throw new AccountRejected("roles", "users.error.roles.staff");
        }
        staffSites.check(request, roles);
        String subject = openInRealm(request, roles);
        User user = User.staff(request.email(), request.firstName(), request.lastName(), clock.instant());
        user.linkIdentity(subject, clock.instant());
        user.mirrorRoles(ids(roles), clock.instant());
        if (request.site() != null) {
            user.workAt(request.site(), clock.instant());
        }
        users.save(user);
        history.record("USER_CREATED", "user", user.id().toString(), user.email() + " · " + ids(roles));
        return user;
    }

    /**
     * Opens a new tenant's first administrator, for the platform (the console or a sign-up), in the tenant's scope:
     * nobody of the tenant can do it yet. He receives an e-mail to choose his password.
     *
     * @throws AccountRejected if the address is already a user of the tenant
     */
    @Transactional
    public User openFirstAdministrator(String email, @Nullable String firstName, String lastName, String actor) {
        AccountRequest request =
                new AccountRequest(email, firstName, lastName, Set.of(Role.TENANT_ADMIN), null, null, null);
        String subject = openInRealm(request, Set.of(Role.TENANT_ADMIN));
        User user = User.staff(email, firstName, lastName, clock.instant());
        user.linkIdentity(subject, clock.instant());
        user.mirrorRoles(ids(Set.of(Role.TENANT_ADMIN)), clock.instant());
        users.save(user);
        history.recordFor(actor, "USER_CREATED", "user", user.id().toString(), email + " · " + Role.TENANT_ADMIN.id());
        return user;
    }

    /** Opens a customer's account, for an existing customer (by number) or a new one. */
    @Transactional
    public User openCustomerAccount(AccountRequest request) {
        requireManageCustomers();
        Set<Role> roles = request.roles().stream().filter(r -> !r.isStaff()).collect(Collectors.toSet());
        if (roles.isEmpty()) {
            roles = Set.of(Role.CUSTOMER);
        }
        Customer customer = customerFor(request);
        String subject = openInRealm(request, roles);
        User user = User.customerAccount(
                customer.id(), request.email(), request.firstName(), request.lastName(), clock.instant());
        user.linkIdentity(subject, clock.instant());
        user.mirrorRoles(ids(roles), clock.instant());
        users.save(user);
        history.record(
                "CUSTOMER_ACCOUNT_CREATED",
                "user",
                user.id().toString(),
                user.email() + " · " + customer.number().value());
        return user;
    }

    /**
     * Changes a user's name, e-mail, roles and site; a change of e-mail or roles ends his sessions. Everything Guichet
     * can check is checked before Keycloak is written to.
     */
    @Transactional
    public User change(UserId id, AccountRequest request) {
        User user = manageable(id);
        String subject = user.identitySubject().orElseThrow();
        boolean emailChanged = !user.email().equalsIgnoreCase(request.email());
        if (emailChanged && users.findByEmail(request.email()).isPresent()) {
            throw new AccountRejected("email", "users.error.email.taken");
        }
        Set<Role> staffRoles = Set.of();
        if (user.kind() == User.Kind.STAFF) {
            // manageable() has already required the right to manage staff, roles included.
            staffRoles = request.roles().stream().filter(Role::isStaff).collect(Collectors.toSet());
            if (staffRoles.isEmpty()) {
                throw new AccountRejected("roles", "users.error.roles.staff");
            }
            staffSites.check(request, staffRoles);
        }
        realm.update(slug(), subject, request.email(), request.firstName(), request.lastName());
        user.rename(request.email(), request.firstName(), request.lastName(), clock.instant());
        boolean rolesChanged = false;
        if (user.kind() == User.Kind.STAFF) {
            realm.setRoles(slug(), subject, staffRoles);
            rolesChanged = user.mirrorRoles(ids(staffRoles), clock.instant());
            user.workAt(request.site(), clock.instant());
        }
        if (emailChanged || rolesChanged) {
            user.endSessions(clock.instant());
            sessions.endAllOf(subject);
        }
        history.record(
                "USER_UPDATED", "user", id.toString(), user.email() + (rolesChanged ? " · " + user.roleIds() : ""));
        return user;
    }

    /**
     * Deactivates a user at once: his sessions are deleted on every instance once this commits, and his tokens stop
     * working at their next use.
     */
    @Transactional
    public void deactivate(UserId id) {
        User user = manageable(id);
        if (currentUser.get().map(me -> me.id().equals(id)).orElse(false)) {
            throw new AccountRejected("user", "users.error.self");
        }
        String subject = user.identitySubject().orElseThrow();
        realm.setEnabled(slug(), subject, false);
        user.deactivate(clock.instant());
        sessions.endAllOf(subject);
        history.record("USER_DEACTIVATED", "user", id.toString(), user.email());
    }

    /**
     * Erases an account of an anonymised customer: his user is deleted from the tenant's realm, and Guichet's record
     * keeps only that an account existed ({@link User#forget}); his messages to the administrators keep the forgotten
     * account's name and address instead of his.
     */
    @Transactional
    public void erase(UserId id) {
        User user = manageable(id);
        if (user.kind() != User.Kind.CUSTOMER) {
            throw new AccountRejected("user", "users.error.notCustomer");
        }
        user.identitySubject().ifPresent(subject -> {
            realm.delete(slug(), subject);
            sessions.endAllOf(subject);
        });
        user.forget(clock.instant());
        contact.forgetAuthor(id, user.displayName(), user.email());
        history.record("USER_ERASED", "user", id.toString(), "—");
    }

    @Transactional
    public void reactivate(UserId id) {
        User user = manageable(id);
        realm.setEnabled(slug(), user.identitySubject().orElseThrow(), true);
        user.reactivate(clock.instant());
        history.record("USER_REACTIVATED", "user", id.toString(), user.email());
    }

    /** Sets a password the user keeps; a seller has the customer choose it (seed 004). */
    @Transactional
    public void setPassword(UserId id, String password) {
        User user = manageable(id);
        if (password == null || password.isBlank()) {
            throw new AccountRejected("password", "users.error.password.required");
        }
        realm.setPassword(slug(), user.identitySubject().orElseThrow(), password);
        history.record("PASSWORD_SET", "user", id.toString(), user.email());
    }

    /**
     * The user, if the signed-in user may manage him: administrators anyone, others customer accounts only; {@link
     * NotFound} when the tenant has no such user.
     */
    @Transactional(readOnly = true)
    public User manageable(UserId id) {
        User user = users.find(id).orElseThrow(() -> new NotFound("User " + id));
        if (user.kind() == User.Kind.STAFF) {
            requireManageStaff();
        } else {
            requireManageCustomers();
        }
        return user;
    }

    /** The user's roles as the realm says now. */
    public Set<Role> rolesOf(User user) {
        return user.identitySubject()
                .map(subject -> realm.roles(slug(), subject))
                .orElse(Set.of());
    }

    private Customer customerFor(AccountRequest request) {
        String number = request.customerNumber();
        if (number == null || number.isBlank()) {
            Customer created = Customer.person(
                    customers.nextNumber(),
                    Customer.Stage.CUSTOMER,
                    request.firstName(),
                    request.lastName(),
                    clock.instant());
            return customers.save(created.withContact(request.email(), null, clock.instant()));
        }
        if (!CustomerNumber.isValid(number)) {
            throw new AccountRejected("customerNumber", "users.error.customer.unknown");
        }
        return customers
                .findByNumber(new CustomerNumber(number))
                .orElseThrow(() -> new AccountRejected("customerNumber", "users.error.customer.unknown"));
    }

    /**
     * Opens the account in the realm; if Guichet's transaction then rolls back, the realm account is removed again.
     * Without an initial password, the user is e-mailed a link to choose one.
     */
    private String openInRealm(AccountRequest request, Set<Role> roles) {
        if (users.findByEmail(request.email()).isPresent()) {
            throw new AccountRejected("email", "users.error.email.taken");
        }
        String slug = slug();
        String password = typedOrNull(request.password());
        String subject = realm.create(
                slug,
                new RealmUsers.NewAccount(request.email(), request.firstName(), request.lastName(), password, true));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    realm.delete(slug, subject);
                }
            }
        });
        realm.grant(slug, subject, roles);
        if (password == null) {
            realm.sendPasswordSetup(slug, subject, origins.of(tenant.profile()).getFirst() + "/");
        }
        return subject;
    }

    private void requireManageStaff() {
        if (!currentUser.can(CorePermissions.USERS_MANAGE)) {
            throw new AccessDeniedException("Managing staff needs " + CorePermissions.USERS_MANAGE);
        }
    }

    private void requireManageCustomers() {
        GuichetUser me = currentUser.require();
        if (!me.can(CorePermissions.USERS_MANAGE) && !me.can(CorePermissions.USERS_MANAGE_CUSTOMERS)) {
            throw new AccessDeniedException(
                    "Managing customer accounts needs " + CorePermissions.USERS_MANAGE_CUSTOMERS);
        }
    }

    private static Set<String> ids(Set<Role> roles) {
        return roles.stream().map(Role::id).collect(Collectors.toSet());
    }

    private static String slug() {
        return TenantContext.require().slug();
    }

    private static String typedOrNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
