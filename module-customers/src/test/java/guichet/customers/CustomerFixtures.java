package guichet.customers;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.users.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** Small builders of customers, products and signed-in visitors for the customers module's tests. */
@TestComponent
public class CustomerFixtures {

    private final Customers customers;
    private final Products products;
    private final Sales sales;
    private final TestAccounts accounts;
    private final TenantHttp http;
    private final TransactionTemplate transactions;
    private final List<Object> events = new java.util.concurrent.CopyOnWriteArrayList<>();

    CustomerFixtures(
            Customers customers,
            Products products,
            Sales sales,
            TestAccounts accounts,
            TenantHttp http,
            TransactionTemplate transactions) {
        this.customers = customers;
        this.products = products;
        this.sales = sales;
        this.accounts = accounts;
        this.http = http;
        this.transactions = transactions;
    }

    /** The customer events the application published, in order. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    @EventListener
    void on(CustomerMerged merged) {
        events.add(merged);
    }

    @EventListener
    void on(CustomerAnonymised anonymised) {
        events.add(anonymised);
    }

    /** A customer (a natural person) with an e-mail address, in charge of a sales rep or nobody. */
    public Customer person(TenantProfile tenant, String firstName, String lastName, String email, User rep) {
        return in(tenant, () -> {
            Customer customer = Customer.person(
                            customers.nextNumber(), Customer.Stage.CUSTOMER, firstName, lastName, Instant.now())
                    .withContacts(List.of(ContactPoint.email(email, null)), Instant.now());
            if (rep != null) {
                customer.assignSalesRep(rep.id(), Instant.now());
            }
            return customers.save(customer);
        });
    }

    /** A prospect. */
    public Customer prospect(TenantProfile tenant, String firstName, String lastName) {
        return in(
                tenant,
                () -> customers.save(Customer.person(
                        customers.nextNumber(), Customer.Stage.PROSPECT, firstName, lastName, Instant.now())));
    }

    /** A product on sale. */
    public Product product(TenantProfile tenant, String code, String name) {
        return in(tenant, () -> products.save(new Product(code, name, Product.Kind.PRODUCT, null, Instant.now())));
    }

    /** The sales of a customer, the latest first. */
    public List<Sale> salesOf(TenantProfile tenant, Customer customer) {
        return in(tenant, () -> sales.of(customer.id()));
    }

    /** A customer as the database has him now, contacts and addresses read. */
    public Customer reload(TenantProfile tenant, Customer customer) {
        return in(tenant, () -> loaded(customers.find(customer.id()).orElseThrow()));
    }

    /** The customer with his contacts and addresses read, for use outside the transaction. */
    public static Customer loaded(Customer customer) {
        customer.contacts();
        customer.addresses();
        return customer;
    }

    /** A customer by id, inside a tenant already bound. */
    public java.util.Optional<Customer> find(guichet.platform.ids.CustomerId id) {
        return customers.find(id);
    }

    /** Runs in the tenant, in a transaction. */
    public <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }

    /** A staff user with these roles, signed in through the portal. */
    public TenantHttp.Client staff(TenantProfile tenant, String name, Role... roles) {
        return signedIn(tenant, accounts.staff(tenant, name, roles));
    }

    /** The visitor signed in as this user. */
    public TenantHttp.Client signedIn(TenantProfile tenant, User user) {
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        return browser;
    }

    /** An API token for this user. */
    public String token(TenantProfile tenant, User user) {
        return accounts.accessToken(tenant, user.email(), TestAccounts.PASSWORD);
    }

    /** The fields of a form, with the CSRF token of the page that shows it. */
    public static Map<String, String> form(TenantHttp.Client browser, String formPage, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", browser.csrfToken(formPage));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
