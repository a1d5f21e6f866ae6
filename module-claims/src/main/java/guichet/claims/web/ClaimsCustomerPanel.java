package guichet.claims.web;

import guichet.claims.ClaimsModule;
import guichet.claims.TicketAccess;
import guichet.claims.TicketReading;
import guichet.claims.search.TicketQuery;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerPanel;
import guichet.platform.identity.GuichetUser;
import guichet.platform.tickets.Ticket;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The customer page's panel of his tickets: the latest ones and how many are open, within the viewer's access. */
@Component
class ClaimsCustomerPanel implements CustomerPanel {

    private final TicketReading reading;
    private final TicketAccess access;

    ClaimsCustomerPanel(TicketReading reading, TicketAccess access) {
        this.reading = reading;
        this.access = access;
    }

    @Override
    public String module() {
        return ClaimsModule.ID;
    }

    @Override
    public String titleKey() {
        return "term.tickets";
    }

    @Override
    public String permission() {
        return ClaimsModule.VIEW;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "claims/customer-panel";
    }

    @Override
    public Map<String, Object> model(Customer customer, GuichetUser viewer) {
        TicketQuery his = TicketQuery.all(access.of(viewer)).withCustomer(customer.id());
        return Map.of(
                "customerTickets",
                reading.page(his, PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "updatedAt")))
                        .getContent(),
                "customerOpenTickets",
                reading.count(his.withCategories(
                        EnumSet.of(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS, Ticket.Category.WAITING))),
                "customerId",
                customer.id().value());
    }
}
