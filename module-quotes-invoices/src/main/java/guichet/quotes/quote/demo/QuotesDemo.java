package guichet.quotes.quote.demo;

import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.ids.CustomerId;
import guichet.platform.modules.DemoContent;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.quotes.QuotesModule;
import guichet.quotes.quote.LineInput;
import guichet.quotes.quote.Quote;
import guichet.quotes.quote.QuoteDesk;
import guichet.quotes.quote.QuoteLine;
import guichet.quotes.request.Appointment;
import guichet.quotes.request.Asking;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequestDesk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Atlas's quotes as a seller expects to find them, in French: a customer's request for two 4G keys with a visit at the
 * Sfax shop waiting in the queue, a call confirmed for tomorrow, a quote for the fibre sent, revised (the installation
 * offered, a smartphone added) and sent again as revision 2, awaiting the customer's answer, and a draft for a company.
 */
@Component
@Order(60)
class QuotesDemo implements DemoContent {

    private final QuoteRequestDesk requests;
    private final QuoteDesk quotes;
    private final Users users;
    private final Customers customers;
    private final Products products;
    private final Sites sites;

    QuotesDemo(
            QuoteRequestDesk requests,
            QuoteDesk quotes,
            Users users,
            Customers customers,
            Products products,
            Sites sites) {
        this.requests = requests;
        this.quotes = quotes;
        this.users = users;
        this.customers = customers;
        this.products = products;
        this.sites = sites;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (!tenant.id().slug().equals("atlas") || !tenant.hasModule(QuotesModule.ID)) {
            return;
        }
        User customer = users.findByEmail("customer@atlas.demo").orElseThrow();
        User seller = users.findByEmail("seller@atlas.demo").orElseThrow();
        CustomerId amira = customer.customer().orElseThrow();
        LocalDate today = LocalDate.now(tenant.zoneId());
        Site sfax = sites.findByCode("SFX-01").orElse(null);

        requests.ask(new Asking(
                amira,
                QuoteRequest.Channel.PORTAL,
                item("4G-KEY", 2),
                "Bonjour, je voudrais deux clés 4G pour mon petit commerce, avec un forfait adapté. Je peux passer"
                        + " à la boutique de Sfax.",
                sfax == null ? Appointment.CALL : Appointment.VISIT,
                sfax == null ? null : sfax.id(),
                today.plusDays(3).atTime(10, 0).atZone(tenant.zoneId()).toInstant(),
                null,
                customer.id()));

        customers.findByEmail("karim.t@example.tn").stream()
                .findFirst()
                .map(Customer::id)
                .ifPresent(karim -> {
                    QuoteRequest call = requests.ask(new Asking(
                            karim,
                            QuoteRequest.Channel.STAFF,
                            List.of(new Asking.Wanted(null, "Fibre pour une résidence secondaire", 1)),
                            "Le client souhaite être rappelé pour un devis de fibre à Hammamet.",
                            Appointment.CALL,
                            null,
                            today.plusDays(1)
                                    .atTime(11, 0)
                                    .atZone(tenant.zoneId())
                                    .toInstant(),
                            null,
                            seller.id()));
                    requests.confirm(
                            call.id(),
                            today.plusDays(1)
                                    .atTime(11, 30)
                                    .atZone(tenant.zoneId())
                                    .toInstant(),
                            null,
                            seller.id());
                });

        Quote fibre = quotes.create(amira, seller.id());
        quotes.addLine(fibre.id(), line("FIB-100", "Abonnement Fibre 100 Mbit/s — 12 mois", "12", "89.000", "0"));
        QuoteLine installation =
                quotes.addLine(fibre.id(), line(null, "Installation et mise en service", "1", "120.000", "0"));
        quotes.send(fibre.id(), seller.id());
        quotes.revise(fibre.id());
        quotes.removeLine(fibre.id(), lineOfRevision2(installation));
        quotes.addLine(fibre.id(), line(null, "Installation et mise en service (offerte)", "1", "120.000", "100"));
        quotes.addLine(fibre.id(), line("PHN-A15", "Smartphone A15", "1", "749.000", "10"));
        quotes.send(fibre.id(), seller.id());

        customers.findByEmail("contact@sfaxlog.example.tn").stream().findFirst().ifPresent(sfaxLog -> {
            Quote draft = quotes.create(sfaxLog.id(), seller.id());
            quotes.addLine(draft.id(), line("4G-KEY", "Clé 4G", "10", "59.000", "5"));
            quotes.addLine(draft.id(), line("SIM-PRE", "Puce prépayée", "10", "5.000", "0"));
        });
    }

    /** Revision 2 copied revision 1's lines: its installation line has the same place. */
    private java.util.UUID lineOfRevision2(QuoteLine first) {
        return quotes.lineAt(first.quoteId(), 2, first.position()).id();
    }

    private List<Asking.Wanted> item(String code, int quantity) {
        return products.findByCode(code)
                .map(p -> List.of(new Asking.Wanted(ItemRef.product(p.id()), null, quantity)))
                .orElse(List.of(new Asking.Wanted(null, code, quantity)));
    }

    private LineInput line(@Nullable String code, String description, String quantity, String price, String discount) {
        ItemRef item = code == null
                ? null
                : products.findByCode(code)
                        .map(Product::id)
                        .map(ItemRef::product)
                        .orElse(null);
        return new LineInput(
                item,
                description,
                new BigDecimal(quantity),
                new BigDecimal(price),
                new BigDecimal(discount),
                quotes.defaultTaxRate());
    }
}
