package guichet.customers.directory;

import guichet.customers.figures.CustomerFigures;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerAccessPolicy;
import guichet.platform.customers.CustomerNumber;
import guichet.platform.customers.Customers;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.search.CustomerQuery;
import guichet.platform.search.SearchEngine;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.platform.web.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's customers and prospects as the signed-in user may see them: found through the search port
 * within his {@link CustomerAccess}, registered, changed and converted with a history entry each. A record outside his
 * access is {@link NotFound}, like one of another tenant.
 */
@Service
public class CustomerDirectory {

    /** Search as you type starts at the third character (seed 004's rule, applied to customers too). */
    public static final int MIN_TYPED = 3;

    static final String SUBJECT = "customer";

    private final Customers customers;
    private final Users users;
    private final SearchEngine search;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;
    private final InteractionLog history;
    private final CustomerFigures figures;
    private final CurrentTenant tenant;
    private final Clock clock;

    CustomerDirectory(
            Customers customers,
            Users users,
            SearchEngine search,
            CustomerAccessPolicy policy,
            CurrentUser currentUser,
            InteractionLog history,
            CustomerFigures figures,
            CurrentTenant tenant,
            Clock clock) {
        this.customers = customers;
        this.tenant = tenant;
        this.figures = figures;
        this.users = users;
        this.search = search;
        this.policy = policy;
        this.currentUser = currentUser;
        this.history = history;
        this.clock = clock;
    }

    /** Whose customers the signed-in user sees. */
    public CustomerAccess access() {
        return policy.of(currentUser.require());
    }

    /** A customer the signed-in user may see, merged ones included; {@link NotFound} otherwise. */
    @Transactional(readOnly = true)
    public Customer visible(CustomerId id) {
        return customers
                .find(id)
                .filter(access()::allows)
                .map(CustomerDirectory::loaded)
                .orElseThrow(() -> new NotFound("Customer " + id));
    }

    /** A customer the signed-in user may see, if any. */
    @Transactional(readOnly = true)
    public Optional<Customer> optional(CustomerId id) {
        return customers.find(id).filter(access()::allows).map(CustomerDirectory::loaded);
    }

    /** The customer with this number, if the signed-in user may see him (the counter's look-up, seed 000). */
    @Transactional(readOnly = true)
    public Optional<Customer> byNumber(String number) {
        if (!CustomerNumber.isValid(number)) {
            return Optional.empty();
        }
        return customers
                .findByNumber(new CustomerNumber(number))
                .filter(access()::allows)
                .map(CustomerDirectory::loaded);
    }

    /** Customers whose words start with what was typed, from the third character; nothing before. */
    @Transactional(readOnly = true)
    public List<Customer> suggest(String typed, int limit) {
        if (typed == null || typed.strip().length() < MIN_TYPED) {
            return List.of();
        }
        return customers.inOrder(search.suggestCustomers(typed, access(), limit));
    }

    /** A page of customers matching the filters, within the signed-in user's access. */
    @Transactional(readOnly = true)
    public Page<Customer> find(CustomerFilters filters, Pageable page) {
        Page<CustomerId> ids = ids(filters, access(), page);
        return new PageImpl<>(customers.inOrder(ids.getContent()), page, ids.getTotalElements());
    }

    /**
     * The ids of a page of customers matching the filters within an access, as the list would show them: words shorter
     * than {@link #MIN_TYPED} find nobody.
     */
    @Transactional(readOnly = true)
    public Page<CustomerId> ids(CustomerFilters filters, CustomerAccess access, Pageable page) {
        if (filters.text() != null && filters.text().length() < MIN_TYPED) {
            return Page.empty(page);
        }
        CustomerBands bands = filters.bands();
        return search.findCustomers(
                new CustomerQuery(
                        filters.text(),
                        access,
                        filters.stage(),
                        filters.kind(),
                        filters.segment(),
                        filters.salesRep(),
                        bands.born(LocalDate.now(clock.withZone(tenant.zoneId()))),
                        bands.gauges()),
                page);
    }

    /** People who may be this one already (same e-mail or phone, or a similar name), other than {@code except}. */
    @Transactional(readOnly = true)
    public List<Customer> likelyDuplicates(CustomerDetails details, @Nullable CustomerId except) {
        List<CustomerId> found =
                search.likelyDuplicates(details.name(), details.emails(), details.phones(), access(), 6);
        return customers.inOrder(
                found.stream().filter(id -> !id.equals(except)).limit(5).toList());
    }

    /** What is wrong with these details, for this customer ({@code null} for a new one), as field to message key. */
    @Transactional(readOnly = true)
    public Map<String, String> problems(CustomerDetails details, @Nullable CustomerId self) {
        Map<String, String> problems = new LinkedHashMap<>(details.problems(LocalDate.now(clock)));
        if (details.salesRep() != null
                && !salesReps().stream().map(User::id).toList().contains(details.salesRep())) {
            problems.putIfAbsent("salesRep", "customers.error.salesRep.unknown");
        }
        if (details.reseller() != null
                && (details.reseller().equals(self)
                        || customers
                                .find(details.reseller())
                                .filter(c -> !c.isMerged())
                                .isEmpty())) {
            problems.putIfAbsent("reseller", "customers.error.reseller.unknown");
        }
        if (details.externalRef() != null
                && customers
                        .findByExternalRef(details.externalRef())
                        .filter(other -> !other.id().equals(self))
                        .isPresent()) {
            problems.putIfAbsent("externalRef", "customers.error.externalRef.taken");
        }
        return problems;
    }

    /**
     * Registers a customer or prospect; a restricted sales representative is put in charge of those he registers, so
     * that he keeps seeing them.
     *
     * @throws CustomerRejected if the details have a problem
     */
    @Transactional
    public Customer register(CustomerDetails details, Customer.Stage stage) {
        CustomerDetails checked = ownedBySalesRep(details);
        rejectProblems(checked, null);
        Customer customer = customerFor(checked, stage);
        checked.applyTo(customer, clock.instant());
        customers.save(customer);
        figures.registered(customer);
        history.record(
                stage == Customer.Stage.PROSPECT ? "PROSPECT_CREATED" : "CUSTOMER_CREATED",
                SUBJECT,
                customer.id().toString(),
                customer.number().value() + " · " + customer.displayName());
        return customer;
    }

    /** Changes a customer's details. */
    @Transactional
    public Customer change(CustomerId id, CustomerDetails details) {
        Customer customer = editable(id);
        CustomerDetails checked = ownedBySalesRep(details);
        rejectProblems(checked, id);
        checked.applyTo(customer, clock.instant());
        history.record(
                "CUSTOMER_UPDATED", SUBJECT, id.toString(), customer.number().value() + " · " + customer.displayName());
        return customer;
    }

    /** Turns a prospect into a customer, keeping his number and history. */
    @Transactional
    public Customer convert(CustomerId id) {
        Customer customer = editable(id);
        if (customer.isProspect()) {
            customer.convert(clock.instant());
            figures.converted(customer);
            history.record(
                    "PROSPECT_CONVERTED",
                    SUBJECT,
                    id.toString(),
                    customer.number().value() + " · " + customer.displayName());
        }
        return customer;
    }

    /** A customer the signed-in user may change: visible, neither merged nor anonymised. */
    @Transactional(readOnly = true)
    public Customer editable(CustomerId id) {
        Customer customer = visible(id);
        if (customer.isMerged() || customer.isAnonymised()) {
            throw new CustomerRejected(Map.of("customer", "customers.error.closed"));
        }
        return customer;
    }

    /** The tenant's sales representatives, for choosing who is in charge of a customer. */
    @Transactional(readOnly = true)
    public List<User> salesReps() {
        return users.findByKind(User.Kind.STAFF).stream()
                .filter(u -> u.active() && u.roleIds().contains(Role.SALES_REP.id()))
                .sorted(java.util.Comparator.comparing(User::displayName))
                .toList();
    }

    /** The name of the user in charge, for showing. */
    @Transactional(readOnly = true)
    public Optional<String> userName(@Nullable UserId id) {
        return id == null ? Optional.empty() : users.find(id).map(User::displayName);
    }

    private Customer customerFor(CustomerDetails details, Customer.Stage stage) {
        if (details.kind() == Customer.Kind.LEGAL_PERSON) {
            return Customer.company(customers.nextNumber(), stage, details.companyName(), clock.instant());
        }
        return Customer.person(customers.nextNumber(), stage, details.firstName(), details.lastName(), clock.instant());
    }

    private CustomerDetails ownedBySalesRep(CustomerDetails details) {
        return access().salesRep().map(details::withSalesRep).orElse(details);
    }

    private void rejectProblems(CustomerDetails details, @Nullable CustomerId self) {
        Map<String, String> problems = problems(details, self);
        if (!problems.isEmpty()) {
            throw new CustomerRejected(problems);
        }
    }

    /** The customer with his contacts and addresses read, for pages drawn after the transaction. */
    private static Customer loaded(Customer customer) {
        customer.contacts();
        customer.addresses();
        return customer;
    }

    /** The signed-in user, for callers that need more than his access. */
    public GuichetUser me() {
        return currentUser.require();
    }
}
