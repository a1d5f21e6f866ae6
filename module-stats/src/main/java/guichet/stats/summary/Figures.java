package guichet.stats.summary;

import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.ids.UserId;
import guichet.platform.sites.Sites;
import guichet.platform.tickets.Tickets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the customers and tickets a user may see (a sales representative: his own customers and their tickets, seed
 * 003), and the tenant's products and sites, which are no one's customers.
 */
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

    /** The figures within this customer access. */
    @Transactional(readOnly = true)
    public StatsSummary summary(CustomerAccess access) {
        return new StatsSummary(
                customers.countByStage(Customer.Stage.CUSTOMER, access),
                customers.countByStage(Customer.Stage.PROSPECT, access),
                switch (access) {
                    case CustomerAccess.Everyone ignored -> tickets.countByClosedAtIsNull();
                    case CustomerAccess.SalesRep(UserId rep) -> tickets.countOpenBySalesRep(rep.value());
                    case CustomerAccess.Accounts ignored -> 0;
                },
                switch (access) {
                    case CustomerAccess.Everyone ignored -> tickets.count();
                    case CustomerAccess.SalesRep(UserId rep) -> tickets.countBySalesRep(rep.value());
                    case CustomerAccess.Accounts ignored -> 0;
                },
                products.countByOnSaleTrue(),
                sites.count());
    }
}
