package guichet.stats.summary;

import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.sites.Sites;
import guichet.platform.tickets.Tickets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the tenant's customers, tickets, products and sites. */
@Service
public class Figures {

    private final Customers customers;
    private final Tickets tickets;
    private final Products products;
    private final Sites sites;

    Figures(Customers customers, Tickets tickets, Products products, Sites sites) {
        this.customers = customers;
        this.tickets = tickets;
        this.products = products;
        this.sites = sites;
    }

    @Transactional(readOnly = true)
    public StatsSummary summary() {
        return new StatsSummary(
                customers.countByStage(Customer.Stage.CUSTOMER),
                customers.countByStage(Customer.Stage.PROSPECT),
                tickets.countByClosedAtIsNull(),
                tickets.count(),
                products.countByOnSaleTrue(),
                sites.count());
    }
}
