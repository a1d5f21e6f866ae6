package guichet.quotes.invoice;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.ids.CustomerId;
import guichet.platform.money.Money;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.quotes.pricing.Line;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/** Customers, seller mentions and invoices for tests, written through the module's services in a tenant. */
@TestComponent
public class InvoiceFixture {

    private final Customers customers;
    private final SellerSettings seller;
    private final InvoiceDrafts drafts;
    private final InvoiceIssuing issuing;
    private final Invoices invoices;
    private final TransactionTemplate transactions;

    InvoiceFixture(
            Customers customers,
            SellerSettings seller,
            InvoiceDrafts drafts,
            InvoiceIssuing issuing,
            Invoices invoices,
            TransactionTemplate transactions) {
        this.customers = customers;
        this.seller = seller;
        this.drafts = drafts;
        this.issuing = issuing;
        this.invoices = invoices;
        this.transactions = transactions;
    }

    /** A customer record of the tenant (no account). */
    public CustomerId customer(TenantProfile tenant, String lastName) {
        return in(
                tenant,
                () -> customers
                        .save(Customer.person(
                                customers.nextNumber(), Customer.Stage.CUSTOMER, "Amina", lastName, Instant.now()))
                        .id());
    }

    /** Puts the customer in the care of this sales representative. */
    public void assignRep(TenantProfile tenant, CustomerId customer, guichet.platform.ids.UserId rep) {
        in(tenant, () -> customers.save(customers.find(customer).orElseThrow().assignSalesRep(rep, Instant.now())));
    }

    /** Every seller mention set. */
    public void seller(TenantProfile tenant) {
        in(
                tenant,
                () -> seller.change(
                        "Atlas Télécom SARL",
                        "12 avenue Habib Bourguiba, 1000 Tunis",
                        "MF 1234567/A/M/000",
                        "30 jours"));
    }

    public static Line line(String description, String quantity, String price, String currency, String rate) {
        return Line.of(description, new BigDecimal(quantity), Money.of(price, currency), new BigDecimal(rate));
    }

    /** A draft with every buyer mention, ready to issue. */
    public UUID draft(TenantProfile tenant, CustomerId customer, String origin, Line... lines) {
        return in(tenant, () -> {
            UUID id = drafts.draft(customer, List.of(lines), origin);
            drafts.describe(id, "Amina Test", "3 rue de Marseille, 1000 Tunis", LocalDate.of(2026, 12, 1), "fr");
            return id;
        });
    }

    /** An empty draft (to be called within {@link #in}). */
    public UUID draftOnly(CustomerId customer) {
        return drafts.draft(customer, List.of(), "");
    }

    /** A draft issued. */
    public Invoice issued(TenantProfile tenant, CustomerId customer, Line... lines) {
        UUID id = draft(tenant, customer, "", lines);
        return in(tenant, () -> issuing.issue(id));
    }

    public Invoice reread(TenantProfile tenant, UUID id) {
        return in(tenant, () -> {
            Invoice invoice = invoices.findById(id).orElseThrow();
            invoice.lines().size();
            invoice.totals();
            return invoice;
        });
    }

    public <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
