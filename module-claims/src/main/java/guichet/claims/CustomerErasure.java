package guichet.claims;

import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.Ratings;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.CustomerAnonymised;
import guichet.platform.search.SearchEngine;
import guichet.platform.search.TicketQuery;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.TicketId;
import guichet.platform.tickets.Tickets;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Erases what an anonymised customer wrote on his tickets (his messages, the sender's address, his rating comment),
 * keeping the tickets, their dates, statuses and scores for statistics.
 */
@Component
class CustomerErasure {

    static final String ERASED = "—";

    private final SearchEngine search;
    private final Tickets tickets;
    private final Messages messages;
    private final Ratings ratings;
    private final TicketJournal journal;

    CustomerErasure(SearchEngine search, Tickets tickets, Messages messages, Ratings ratings, TicketJournal journal) {
        this.search = search;
        this.tickets = tickets;
        this.messages = messages;
        this.ratings = ratings;
        this.journal = journal;
    }

    @ApplicationModuleListener
    void on(CustomerAnonymised event) {
        TicketQuery his = TicketQuery.all(CustomerAccess.EVERYONE).withCustomer(event.customer());
        Page<TicketId> page = search.findTickets(his, PageRequest.of(0, 500));
        while (true) {
            List<Ticket> found = tickets.inOrder(page.getContent());
            List<UUID> ids = found.stream().map(t -> t.id().value()).toList();
            if (!ids.isEmpty()) {
                for (Message message : messages.customerMessagesOf(ids)) {
                    message.redact(ERASED, ERASED);
                    messages.save(message);
                }
                ratings.findByTickets(ids).forEach(rating -> {
                    rating.forgetComment();
                    ratings.save(rating);
                });
                for (Ticket ticket : found) {
                    ticket.forgetAuthor();
                    journal.reindex(ticket);
                    tickets.save(ticket);
                }
            }
            if (!page.hasNext()) {
                return;
            }
            page = search.findTickets(his, page.nextPageable());
        }
    }
}
