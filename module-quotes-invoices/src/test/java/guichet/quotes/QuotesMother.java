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
import guichet.quotes.quote.LineInput;
import guichet.quotes.quote.Quote;
import guichet.quotes.quote.QuoteDesk;
import guichet.quotes.quote.Quotes;
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
    private final QuoteDesk quoteDesk;
    private final Quotes quotes;
    private final QuoteRequests requests;
    private final Products products;
    private final Sites sites;
    private final Customers customers;
    private final TransactionTemplate transactions;

    QuotesMother(
            QuoteRequestDesk desk,
            QuoteDesk quoteDesk,
            Quotes quotes,
            QuoteRequests requests,
            Products products,
            Sites sites,
            Customers customers,
            TransactionTemplate transactions) {
        this.desk = desk;
        this.quoteDesk = quoteDesk;
        this.quotes = quotes;
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

    /** A draft for this customer with one free line per price given, made by {@code by}. */
    public Quote quote(TenantProfile tenant, CustomerId customer, User by, String... prices) {
        return in(tenant, () -> {
            Quote quote = quoteDesk.create(customer, by.id());
            int n = 0;
            for (String price : prices) {
                quoteDesk.addLine(
                        quote.id(),
                        new LineInput(
                                null,
                                "Prestation " + (++n),
                                BigDecimal.ONE,
                                new BigDecimal(price),
                                BigDecimal.ZERO,
                                BigDecimal.valueOf(20)));
            }
            return quote;
        });
    }

    /** Sends the quote's draft revision. */
    public Quote send(TenantProfile tenant, Quote quote, User by) {
        return in(tenant, () -> {
            quoteDesk.send(quote.id(), by.id());
            return quotes.findById(quote.id()).orElseThrow();
        });
    }

    /** Starts the next revision, adds a line to it and sends it. */
    public Quote reviseAndSend(TenantProfile tenant, Quote quote, User by, String price) {
        return in(tenant, () -> {
            quoteDesk.revise(quote.id());
            quoteDesk.addLine(
                    quote.id(),
                    new LineInput(
                            null, "Option", BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO, BigDecimal.TEN));
            quoteDesk.send(quote.id(), by.id());
            return quotes.findById(quote.id()).orElseThrow();
        });
    }

    public Quote quoteByNumber(TenantProfile tenant, String number) {
        return in(tenant, () -> quotes.findByNumber(number).orElseThrow());
    }

    public Quote reread(TenantProfile tenant, Quote quote) {
        return in(tenant, () -> quotes.findById(quote.id()).orElseThrow());
    }

    public QuoteRequest reread(TenantProfile tenant, QuoteRequest request) {
        return in(tenant, () -> requests.findById(request.id()).orElseThrow());
    }

    public <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
