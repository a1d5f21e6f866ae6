package guichet.claims;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.Rating;
import guichet.claims.desk.Ratings;
import guichet.claims.desk.Reminder;
import guichet.claims.desk.Reminders;
import guichet.claims.desk.SlaClock;
import guichet.claims.desk.SlaClocks;
import guichet.claims.desk.Timeline;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.search.TicketQuery;
import guichet.claims.search.TicketSearch;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.ids.TicketId;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tickets as pages and the API show them. Lists, counts and similar tickets go through the
 * {@link TicketSearch} port (one indexed query, then the page's tickets in one more); a single ticket is shown with
 * what the viewer may see of it: a customer never sees a hidden note or an internal action.
 */
@Service
@Transactional(readOnly = true)
public class TicketReading {

    /** A ticket with everything its page shows. */
    public record TicketView(
            Claim ticket,
            Optional<Customer> customer,
            Optional<Product> product,
            Optional<Site> site,
            List<Message> messages,
            List<TimelineEntry> timeline,
            List<Reminder> reminders,
            Optional<Rating> rating,
            Optional<SlaClock> sla) {}

    /** A resolved ticket like the one being written, with how it was resolved: its last public staff reply. */
    public record Similar(Claim ticket, Optional<String> resolution) {}

    private final TicketSearch search;
    private final Claims tickets;
    private final Messages messages;
    private final Timeline timeline;
    private final Reminders reminders;
    private final Ratings ratings;
    private final SlaClocks clocks;
    private final Customers customers;
    private final Products products;
    private final Sites sites;

    TicketReading(
            TicketSearch search,
            Claims tickets,
            Messages messages,
            Timeline timeline,
            Reminders reminders,
            Ratings ratings,
            SlaClocks clocks,
            Customers customers,
            Products products,
            Sites sites) {
        this.search = search;
        this.tickets = tickets;
        this.messages = messages;
        this.timeline = timeline;
        this.reminders = reminders;
        this.ratings = ratings;
        this.clocks = clocks;
        this.customers = customers;
        this.products = products;
        this.sites = sites;
    }

    /** A page of tickets: ids from the search port, then the tickets in one query, in the same order. */
    public Page<Claim> page(TicketQuery query, Pageable page) {
        Page<TicketId> ids = search.findTickets(query, page);
        return new PageImpl<>(tickets.inOrder(ids.getContent()), page, ids.getTotalElements());
    }

    public long count(TicketQuery query) {
        return search.countTickets(query);
    }

    /** The ticket as its staff page or the customer's page shows it. */
    public TicketView view(Claim ticket, boolean staff) {
        UUID id = ticket.id().value();
        List<Message> shown = messages.findByTicket(id).stream()
                .filter(m -> staff || !m.hidden())
                .toList();
        List<TimelineEntry> entries = timeline.findByTicket(id).stream()
                .filter(e -> staff || e.visibleToCustomer())
                .toList();
        return new TicketView(
                ticket,
                ticket.customer().flatMap(customers::find),
                ticket.product().flatMap(products::find),
                ticket.site().flatMap(sites::find),
                shown,
                entries,
                staff ? reminders.findByTicket(id) : List.of(),
                ratings.findById(id),
                clocks.findById(id));
    }

    /**
     * Resolved tickets like a draft (seed 002: « recherche des anciennes réclamations similaires »), within what the
     * viewer may see, each with its resolution.
     */
    public List<Similar> similar(String draft, CustomerAccess access, int limit) {
        return similar(draft, access, false, limit);
    }

    /**
     * Resolved tickets like a customer's draft, within his access, matched on what he may read only: a word of a hidden
     * note finds nothing (issue 12).
     */
    public List<Similar> similarForCustomer(String draft, CustomerAccess access, int limit) {
        return similar(draft, access, true, limit);
    }

    private List<Similar> similar(String draft, CustomerAccess access, boolean publicOnly, int limit) {
        if (draft.strip().length() < 3) {
            return List.of();
        }
        List<Claim> found = tickets.inOrder(search.findSimilarResolved(draft, access, publicOnly, limit));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> resolutions = new HashMap<>();
        messages.staffRepliesOf(found.stream().map(t -> t.id().value()).toList())
                .forEach(m -> resolutions.putIfAbsent(m.ticket().value(), m.body()));
        return found.stream()
                .map(t -> new Similar(t, Optional.ofNullable(resolutions.get(t.id().value()))))
                .toList();
    }

    /** The customers of a page of tickets, by id, in one query. */
    public Map<UUID, Customer> customersOf(List<Claim> page) {
        Map<UUID, Customer> found = new HashMap<>();
        customers
                .inOrder(page.stream()
                        .flatMap(t -> t.customer().stream())
                        .distinct()
                        .toList())
                .forEach(c -> found.put(c.id().value(), c));
        return found;
    }
}
