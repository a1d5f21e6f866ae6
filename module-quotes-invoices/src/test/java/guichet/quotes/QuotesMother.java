package guichet.quotes;

import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.ids.CustomerId;
import guichet.platform.money.Money;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.User;
import guichet.quotes.request.Appointment;
import guichet.quotes.request.Asking;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequestDesk;
import guichet.quotes.request.QuoteRequests;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/** Quote requests, quotes, products and sites for tests, written through the module's services in a tenant. */
@TestComponent
public class QuotesMother {

    private final QuoteRequestDesk desk;
    private final QuoteRequests requests;
    private final Products products;
    private final Sites sites;
    private final Customers customers;
    private final TransactionTemplate transactions;

    QuotesMother(
            QuoteRequestDesk desk,
            QuoteRequests requests,
            Products products,
            Sites sites,
            Customers customers,
            TransactionTemplate transactions) {
        this.desk = desk;
        this.requests = requests;
        this.products = products;
        this.sites = sites;
        this.customers = customers;
        this.transactions = transactions;
    }

    public Product product(TenantProfile tenant, String code, String name, String price) {
        return in(tenant, () -> {
            Product product = new Product(code, name, Product.Kind.PRODUCT, null, Instant.now());
            product.price(Money.of(new BigDecimal(price), tenant.currency()), Instant.now());
            return products.save(product);
        });
    }

    public Site shop(TenantProfile tenant, String code, String name) {
        return in(tenant, () -> sites.save(new Site(code, name, Site.Kind.SHOP, Instant.now())));
    }

    /** The customer record a customer's account acts for. */
    public CustomerId customerOf(User account) {
        return account.customer().orElseThrow();
    }

    /** A customer of this sales representative. */
    public Customer customerOfRep(TenantProfile tenant, User rep, String name) {
        return in(
                tenant,
                () -> customers.save(
                        Customer.company(customers.nextNumber(), Customer.Stage.CUSTOMER, name, Instant.now())
                                .assignSalesRep(rep.id(), Instant.now())));
    }

    /** A portal request of this account's customer, with an optional appointment. */
    public QuoteRequest request(
            TenantProfile tenant,
            CustomerId customer,
            User by,
            String message,
            @Nullable Appointment appointment,
            @Nullable Site site,
            @Nullable Instant wishedAt,
            @Nullable ItemRef item) {
        return in(
                tenant,
                () -> desk.ask(new Asking(
                        customer,
                        QuoteRequest.Channel.PORTAL,
                        item == null ? List.of() : List.of(new Asking.Wanted(item, null, 2)),
                        message,
                        appointment,
                        site == null ? null : site.id(),
                        wishedAt,
                        null,
                        by.id())));
    }

    /** A customer's number, inside {@link #in}. */
    public String customerNumber(CustomerId customer) {
        return customers.find(customer).orElseThrow().number().value();
    }

    public QuoteRequest reread(TenantProfile tenant, QuoteRequest request) {
        return in(tenant, () -> requests.findById(request.id()).orElseThrow());
    }

    public <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
